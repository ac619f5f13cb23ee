export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/bookings/index',
    'pages/me/index',
    'pages/store/index',
    'pages/space/index',
    'pages/book/index',
    'pages/booking/index',
    'pages/points/index',
    'pages/scan/index',
    'pages/menu/index',
    'pages/checkout/index',
    'pages/order/index',
    'pages/orders/index',
    'pages/review/index',
    'pages/coupons/index',
    'pages/my-coupons/index',
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '本地生活',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#ff6a00',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/bookings/index', text: '预订', iconPath: 'assets/tab/bookings.png', selectedIconPath: 'assets/tab/bookings-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  // H5 only: no slide between pages. Taro 4.1.11 hides the page under a new one on a timer after the slide; going back
  // before that timer fires showed the page and then the timer hid it again, a blank screen (a quick tap on back).
  // Without the animation the timer is immediate. The mini-program uses WeChat's own page transitions.
  animation: false,
  // Location only for "sort by distance" and the map; nothing else is asked for.
  permission: {
    'scope.userLocation': { desc: '用于按距离排序附近的门店' },
  },
  requiredPrivateInfos: ['getLocation'],
})
