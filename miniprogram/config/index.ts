import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'

// One code base, two targets: `taro build --type weapp|h5` writes dist/weapp or dist/h5.
// The H5 build is served by the API host under /h5/ (same origin: no API base URL, no CORS);
// the mini-program calls the API at LOCALLIFE_API_BASE, fixed at build time.
export default defineConfig<'webpack5'>(async (merge) => {
  const apiBase = process.env.TARO_ENV === 'h5' ? '' : (process.env.LOCALLIFE_API_BASE ?? 'http://127.0.0.1:5000')
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'locallife',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      LOCALLIFE_API_BASE: JSON.stringify(apiBase),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/h5/',
      staticDirectory: 'static',
      router: {
        mode: 'browser',
        basename: '/h5',
        // The printed space QR codes point at /h5/scan?t=… (Qr:ScanUrl on the host).
        customRoutes: { '/pages/scan/index': '/scan' },
      },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Taro splits only the initial chunks: every lazily loaded page would carry its own copy of React's JSX
        // runtime, the Taro components and our shared code. Share them across pages too.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' })
      },
    },
  }
  process.env.BROWSERSLIST_ENV = process.env.NODE_ENV
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? { logger: { quiet: false, stats: true } } : {})
})
