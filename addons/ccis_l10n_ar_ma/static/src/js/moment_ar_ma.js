// Moroccan Arabic for moment.js: after web/static/lib/moment/locale/ar-ma.js
// (served together by the /web/webclient/locale/ar_MA route).
moment.updateLocale('ar-ma', {
    weekdays: 'الأحد_الاثنين_الثلاثاء_الأربعاء_الخميس_الجمعة_السبت'.split('_'),
    weekdaysShort: 'الأحد_الاثنين_الثلاثاء_الأربعاء_الخميس_الجمعة_السبت'.split('_'),
    weekdaysMin: 'ح_ن_ث_ر_خ_ج_س'.split('_'),
    week: {
        dow: 1, // Monday is the first day of the week
        doy: 4  // the week that contains Jan 4th is the first week of the year (ISO 8601)
    }
});
