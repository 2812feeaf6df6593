/** Debian's Chromium (apt-get install chromium); playwright cannot download its own browser here. */
export const CHROMIUM = process.env.TRUCE_CHROMIUM ?? '/usr/bin/chromium'

/** How the e2e tests, the rendering benchmark and the screenshots launch it: SwiftShader gives MapLibre WebGL without a GPU. */
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox']
