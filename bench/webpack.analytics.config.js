/*
 * `npm run bench:analytics` builds its page with the product's webpack config (same loaders,
 * resolve, minifier and worker bundling), with the bench page as the only entry. Output:
 * .bench/analytics/ (with --env profile: unminified, to .bench/analytics-profile/, so a CPU
 * profile names the functions a long task spends its time in)
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
    optimization: env.profile ? { ...product.optimization, minimize: false } : product.optimization,
    entry: { analytics: './bench/analyticsPage.tsx' },
    output: { path: path.join(root, '.bench', env.profile ? 'analytics-profile' : 'analytics'), publicPath: '/', filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash:8].js', clean: true },
    plugins: [
      ...product.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin) && !(p instanceof CopyWebpackPlugin)),
      new HtmlWebpackPlugin({ filename: 'analytics.html', template: './bench/host.html', chunks: ['analytics'], scriptLoading: 'defer' }),
    ],
  };
};
