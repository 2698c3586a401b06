/** Fields every stored record carries; ids are generated on the client (UUID v7). */
export type Record = {
  id: string;
  createdAt: string; // ISO instant
  updatedAt: string; // ISO instant
};
