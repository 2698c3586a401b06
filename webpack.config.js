/* Builds the task pane (what Outlook loads), the ribbon command page and the demo mail client. */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { devServerHttps } = require('./tools/devCerts');

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * Adds to a page the stylesheet of a named async chunk group and a low-priority preload of its
 * scripts: the scripts download with the page's own script but run only when the code asks for
 * them (see the pane's index.ts: the app's code must not run before the first card is drawn, nor
 * download only after it); the stylesheet applies at once, as the first paint uses its classes.
 */
class PreloadChunkGroupPlugin {
  constructor(page, group) {
    this.page = page;
    this.group = group;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunkGroupPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadChunkGroupPlugin', (data) => {
        const group = compilation.namedChunkGroups.get(this.group);
        if (data.outputName !== this.page || !group) return data;
        const files = group.chunks.flatMap((chunk) => [...chunk.files]);
        // Its stylesheet is linked as the page's own would be: the first paint is drawn with its classes.
        const styles = files.filter((file) => file.endsWith('.css')).map((href) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'stylesheet', href }));
        const scripts = files.filter((file) => file.endsWith('.js'));
        const links = scripts.map((href) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', fetchpriority: 'low', href }));
        return { ...data, headTags: [...data.headTags, ...styles, ...links] };
      });
    });
  }
}
const page = (name, template, chunks) =>
  new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: 'defer' });

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  return {
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.ts',
      commands: './src/commands/commands.ts',
      demo: './src/demo/index.tsx',
      'auth-bridge': './src/auth-bridge/index.ts',
      'auth-dialog': './src/auth-dialog/index.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        // Production moves every Griffel rule (ours and Fluent's) out of the JS into one CSS file: the
        // pane's script then carries class names only. It runs after the loaders of the rule below.
        ...(production
          ? [
              {
                test: /\.(js|mjs|tsx?)$/,
                include: [path.resolve(__dirname, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
                use: { loader: GriffelCSSExtractionPlugin.loader },
              },
              { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
            ]
          : []),
        {
          // Each icon from its own module, so a lazy screen's icons stay out of the pane's first script;
          // token reads as their values, so the whole tokens object does not come in for a few of them.
          test: /\.(js|mjs|tsx?)$/,
          include: [path.resolve(__dirname, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/](?!react-icons[\\/])/],
          enforce: 'pre',
          use: [{ loader: path.resolve(__dirname, 'tools/iconAtomsLoader.js') }, { loader: path.resolve(__dirname, 'tools/inlineTokensLoader.js') }],
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: swc strips the types, then Griffel turns our makeStyles into
          // precomputed class names and CSS, so the style compiler (stylis, rtl-css-js) never ships.
          use: [{ loader: '@griffel/webpack-loader' }, { loader: 'swc-loader' }],
        },
        { test: /\.(png|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      // Griffel sorts its own rules in the one file, so mini-css-extract's module order does not matter.
      ...(production ? [new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }), new GriffelCSSExtractionPlugin()] : []),
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      new PreloadChunkGroupPlugin('taskpane.html', 'fullPane'),
      page('commands', './src/commands/commands.html', ['commands']),
      page('index', './src/demo/demo.html', ['demo']),
      page('auth-bridge', './src/auth-bridge/authBridge.html', ['auth-bridge']),
      page('auth-dialog', './src/auth-dialog/authDialog.html', ['auth-dialog']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          {
            // Served locally so the pane works with no CDN; minimised already, so the minifier skips it.
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            globOptions: { ignore: ['**/*.debug.js', '**/office-vsdoc.js'] },
            info: { minimized: true },
          },
        ],
      }),
    ],
    optimization: {
      minimizer: [new MinimizerPlugin({ minify: { implementation: MinimizerPlugin.swcMinify } })],
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    devServer: {
      port,
      server: devServerHttps(),
      // MSAL's redirect bridge reads a one-time answer: never cached. No Cross-Origin-Opener-Policy
      // anywhere, which would cut the sign-in popup off from the pane that opened it.
      headers: (req) => ({
        'Access-Control-Allow-Origin': '*',
        ...(req.url.split(/[?#]/)[0] === '/auth-bridge.html' ? { 'Cache-Control': 'no-store' } : {}),
      }),
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
