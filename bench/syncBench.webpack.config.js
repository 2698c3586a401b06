/*
 * The team sync bench page (bench/syncBenchPage.ts): the other bench pages' web build (the
 * product's loaders, resolve and minifier) with its own entry and output, .bench/sync/, so it
 * builds apart from them.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const benchConfig = require('./webpack.bench.config.js');

module.exports = (env = {}, argv = {}) => {
  const web = benchConfig(env, argv).find((c) => c.name === 'web');
  return {
    ...web,
    name: 'sync',
    entry: { syncBench: './bench/syncBenchPage.ts' },
    output: { ...web.output, path: path.resolve(__dirname, '..', '.bench', 'sync') },
    plugins: [
      ...web.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin)),
      new HtmlWebpackPlugin({ filename: 'index.html', title: 'Clientbook sync bench', chunks: ['syncBench'], scriptLoading: 'defer' }),
    ],
  };
};
