from odoo.exceptions import UserError, ValidationError

from .common import EconomicWatchCommon


class TestDocumentation(EconomicWatchCommon):
    """The documentation fund: published with its file, found by title, keyword, theme or
    abstract, never deleted once published."""

    @classmethod
    def setUpClass(cls):
        super(TestDocumentation, cls).setUpClass()
        Tag = cls.env['ccis.documentation.tag']
        cls.tag_auto = Tag.create({'name': 'automobile test'})
        cls.theme_trade = cls.env.ref('ccis_economic_watch.ccis_economic_theme_trade')
        cls.study = cls._document(
            name='Filière automobile de la province', tag_ids=[(6, 0, cls.tag_auto.ids)],
            abstract='Sous-traitance et compétences des équipementiers.',
            classification='ETU-TVE-01')
        cls.note = cls._document(
            name='Note de conjoncture', theme_ids=[(6, 0, cls.theme_trade.ids)],
            abstract='Exportations en hausse au troisième trimestre.')

    def _find(self, text):
        Document = self.Document.sudo(self.staff)
        view = Document.fields_view_get(view_type='search')
        self.assertIn('tag_ids.name', view['arch'])
        return Document.search(['|', '|', '|', ('name', 'ilike', text),
                                ('abstract', 'ilike', text), ('tag_ids.name', 'ilike', text),
                                ('classification', 'ilike', text)])

    def test_search_by_title_keyword_theme_abstract(self):
        documents = self.study | self.note
        self.assertEqual(self._find('automobile test') & documents, self.study)
        self.assertEqual(self._find('troisième trimestre') & documents, self.note)
        self.assertEqual(self._find('ETU-TVE') & documents, self.study)
        self.assertEqual(self.Document.sudo(self.bureau).search(
            [('theme_ids', 'in', self.theme_trade.ids), ('id', 'in', documents.ids)]),
            self.note)

    def test_publish_needs_the_file_and_dates_it(self):
        draft = self._document(name='Sans fichier', document=False)
        with self.assertRaisesRegex(UserError, 'joignez le fichier'):
            draft.sudo(self.staff).action_publish()
        self.study.sudo(self.staff).with_context(
            tracking_disable=False).write({'date_published': '2031-04-15'})
        self.study.sudo(self.staff).action_publish()
        self.assertEqual((self.study.state, self.study.date_published),
                         ('published', '2031-04-15'))
        self.note.sudo(self.staff).action_publish()
        self.assertTrue(self.note.date_published)

    def test_published_document_is_archived_not_deleted(self):
        self.study.sudo(self.staff).action_publish()
        with self.assertRaisesRegex(UserError, 'ne peut être supprimé ; archivez-le'):
            self.study.sudo(self.manager).unlink()
        self.study.sudo(self.staff).action_archive_document()
        self.assertEqual(self.study.state, 'archived')

    def test_classification_and_territory_checks(self):
        with self.assertRaisesRegex(ValidationError, "n'est pas dans la région"):
            self._document(name='Hors région', region_id=self.region.id,
                           province_id=self.marrakech.id)
        with self.assertRaisesRegex(ValidationError, 'année de parution'):
            self._document(name='Sans date', year=31)
