/*
 * `npm run bench:analytics` builds its page with the product's webpack config (same loaders,
 * resolve, minifier and worker bundling), with the bench page as the only entry. Output:
 * .bench/analytics/
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const productConfig = require('../webpack.config.js');

const root = path.resolve(__dirname, '..');

module.exports = (env = {}, argv = {}) => {
  const product = productConfig(env, { ...argv, mode: 'production' });
  return {
    mode: 'production',
    context: root,
    devtool: false,
    resolve: product.resolve,
    module: product.module,
    performance: product.performance,
    optimization: product.optimization,
    entry: { analytics: './bench/analyticsPage.tsx' },
    output: { path: path.join(root, '.bench', 'analytics'), publicPath: '/', filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash:8].js', clean: true },
    plugins: [
      ...product.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin) && !(p instanceof CopyWebpackPlugin)),
      new HtmlWebpackPlugin({ filename: 'analytics.html', template: './bench/host.html', chunks: ['analytics'], scriptLoading: 'defer' }),
    ],
  };
};
