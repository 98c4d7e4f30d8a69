from odoo.tests.common import SavepointCase


class TestArabicNames(SavepointCase):
    """Regions, provinces, communes and sites carry their Arabic name: an Arabic-speaking
    user sees it wherever the record is named, and finds the record by either name."""

    @classmethod
    def setUpClass(cls):
        super(TestArabicNames, cls).setUpClass()
        cls.region = cls.env['ccis.region'].create({
            'name': 'Région des essais', 'name_ar': 'جهة التجارب', 'code': 'T-AR'})
        cls.province = cls.env['ccis.province'].create({
            'name': 'Province des essais', 'name_ar': 'إقليم التجارب', 'code': 'T-AR1',
            'region_id': cls.region.id})
        cls.commune = cls.env['ccis.commune'].create({
            'name': 'Commune des essais', 'name_ar': 'جماعة التجارب',
            'province_id': cls.province.id})
        cls.unnamed = cls.env['ccis.province'].create({
            'name': 'Province sans nom arabe', 'code': 'T-AR2', 'region_id': cls.region.id})

    def _names(self, records, lang):
        if not isinstance(records, list):
            records = [records]
        return [name for record in records
                for _id, name in record.with_context(lang=lang).name_get()]

    def test_named_in_the_user_language(self):
        records = [self.region, self.province, self.commune]
        self.assertEqual(self._names(records, 'ar_MA'),
                         ['جهة التجارب', 'إقليم التجارب', 'جماعة التجارب'])
        self.assertEqual(self._names(records, 'fr_FR'),
                         ['Région des essais', 'Province des essais', 'Commune des essais'])
        # no Arabic name: the French one
        self.assertEqual(self._names(self.unnamed, 'ar_MA'), ['Province sans nom arabe'])

    def test_many2one_values_read_in_arabic(self):
        values = self.commune.with_context(lang='ar_MA').read(['province_id', 'region_id'])[0]
        self.assertEqual(values['province_id'], (self.province.id, 'إقليم التجارب'))
        self.assertEqual(values['region_id'], (self.region.id, 'جهة التجارب'))

    def test_a_changed_arabic_name_shows_at_once(self):
        self.assertEqual(self._names(self.unnamed, 'ar_MA'), ['Province sans nom arabe'])
        self.unnamed.name_ar = 'إقليم جديد'
        self.assertEqual(self._names(self.unnamed, 'ar_MA'), ['إقليم جديد'])
        self.assertEqual(self._names(self.unnamed, 'fr_FR'), ['Province sans nom arabe'])

    def test_found_by_either_name(self):
        Province = self.env['ccis.province']
        for lang, term in (('ar_MA', 'التجارب'), ('fr_FR', 'التجارب'), ('ar_MA', 'des essais')):
            found = [record_id for record_id, _name in Province.with_context(
                lang=lang).name_search(term, [('region_id', '=', self.region.id)])]
            self.assertIn(self.province.id, found, (lang, term))
        # the other criteria still apply
        self.assertFalse(Province.name_search('التجارب', [('code', '=', 'T-AR2')]))
        self.assertEqual(
            Province.name_search('إقليم التجارب', operator='='),
            [(self.province.id, 'Province des essais')])
