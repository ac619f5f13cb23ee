export default definePageConfig({ navigationBarTitleText: '本地生活', enablePullDownRefresh: true })
