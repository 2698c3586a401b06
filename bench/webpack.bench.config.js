/*
 * The benchmark builds, from the product's own webpack config (same loaders, resolve and
 * minifier), with the entries swapped: the blank comparison page, the bench host page and the
 * IndexedDB seeding script for the browser, and the matching benchmark for Node. Output: .bench/
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const productConfig = require('../webpack.config.js');

const root = path.resolve(__dirname, '..');

module.exports = (env = {}, argv = {}) => {
  const product = productConfig(env, { ...argv, mode: 'production' });
  // The product's build plugins (CSS extraction and the like) come along; its pages and copies do not.
  const buildPlugins = () =>
    productConfig(env, { ...argv, mode: 'production' }).plugins.filter((p) => !(p instanceof HtmlWebpackPlugin) && !(p instanceof CopyWebpackPlugin));
  const shared = { mode: 'production', context: root, resolve: product.resolve, module: product.module, performance: product.performance, devtool: false };
  const web = {
    ...shared,
    name: 'web',
    entry: {
      blank: './bench/blank/index.tsx',
      host: './bench/paneHost.ts',
      seed: './bench/seedIndexedDb.ts',
    },
    output: { path: path.join(root, '.bench', 'web'), publicPath: '/', filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash:8].js', clean: true },
    plugins: [
      ...buildPlugins(),
      new HtmlWebpackPlugin({ filename: 'blank/index.html', template: './bench/blank/blank.html', chunks: ['blank'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'host.html', template: './bench/host.html', chunks: ['host'], scriptLoading: 'defer' }),
    ],
    optimization: product.optimization,
  };
  const node = {
    ...shared,
    name: 'node',
    target: 'node20',
    entry: { matchingBench: './bench/matchingBench.ts' },
    output: { path: path.join(root, '.bench', 'node'), filename: '[name].cjs', library: { type: 'commonjs2' }, clean: true },
    plugins: buildPlugins(),
    optimization: { minimize: false },
  };
  return [web, node];
};
