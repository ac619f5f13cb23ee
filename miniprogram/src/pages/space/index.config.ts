export default definePageConfig({ navigationBarTitleText: '包间详情' })
