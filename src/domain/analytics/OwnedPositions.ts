/**
 * Where some records sit in their snapshot array (data order): all of them, and each owner's. A
 * figure for the team or one manager walks only the positions it needs and reads what the index
 * worked out for each position. Typed arrays: a snapshot's positions add up to half a million
 * numbers, which as growing JS arrays kept the garbage collector busy.
 */
export type OwnedPositions = { all: Int32Array; byOwner: ReadonlyMap<string, Int32Array> };

const none = new Int32Array(0);

export function positionsOf(positions: OwnedPositions, owner: string | null): Int32Array {
  return owner === null ? positions.all : (positions.byOwner.get(owner) ?? none);
}

/** Collects positions in the order they are added, at most `capacity` of them. */
export class OwnedPositionsBuilder {
  private readonly positions: Int32Array;
  private readonly ownerNumbers: Int32Array;
  private count = 0;
  private readonly owners: string[] = [];
  private readonly numberOfOwner = new Map<string, number>();

  constructor(capacity: number) {
    this.positions = new Int32Array(capacity);
    this.ownerNumbers = new Int32Array(capacity);
  }

  add(position: number, owner: string): void {
    let number = this.numberOfOwner.get(owner);
    if (number === undefined) {
      this.numberOfOwner.set(owner, (number = this.owners.length));
      this.owners.push(owner);
    }
    this.positions[this.count] = position;
    this.ownerNumbers[this.count] = number;
    this.count += 1;
  }

  build(): OwnedPositions {
    const sizes = new Int32Array(this.owners.length);
    for (let k = 0; k < this.count; k++) sizes[this.ownerNumbers[k]!]! += 1;
    const lists = Array.from(sizes, (size) => new Int32Array(size));
    const filled = new Int32Array(this.owners.length);
    for (let k = 0; k < this.count; k++) {
      const number = this.ownerNumbers[k]!;
      lists[number]![filled[number]!++] = this.positions[k]!;
    }
    return { all: this.positions.subarray(0, this.count), byOwner: new Map(this.owners.map((owner, number) => [owner, lists[number]!])) };
  }
}
