import base64
import io

import xlsxwriter

from odoo.addons.ccis_base.tests.common import CcisTestFactory
from odoo.tests.common import SavepointCase

PDF = base64.b64encode(b'%PDF-1.1 note de conjoncture (test)')
HEADER = ['Code indicateur', 'Territoire', 'Année', 'Trimestre/mois', 'Valeur', 'Source']


def xlsx(rows, header=None):
    """An XLSX file (base64) whose first sheet holds ``header`` then ``rows``."""
    output = io.BytesIO()
    book = xlsxwriter.Workbook(output, {'in_memory': True})
    sheet = book.add_worksheet()
    for index, row in enumerate([header or HEADER] + list(rows)):
        for column, value in enumerate(row):
            if value is not None:
                sheet.write(index, column, value)
    book.close()
    return base64.b64encode(output.getvalue())


class EconomicWatchCommon(CcisTestFactory, SavepointCase):
    """A test chamber (one user of each group), test series of their own codes (annual and
    quarterly) on the provinces of Casablanca-Settat, and years 2031-2033 no other data
    uses."""

    @classmethod
    def setUpClass(cls):
        super(EconomicWatchCommon, cls).setUpClass()
        cls._setup_test_env()
        cls._create_test_chamber('TVE', 'veille', 'CCIS Test veille économique',
                                 unit_manager=True)
        ref = cls.env.ref
        cls.region = ref('ccis_base.ccis_region_casablanca_settat')
        cls.el_jadida = ref('ccis_base.ccis_province_el_jadida')
        cls.settat = ref('ccis_base.ccis_province_settat')
        cls.marrakech = ref('ccis_base.ccis_province_marrakech')
        cls.theme = cls.env['ccis.economic.theme'].create({'name': 'Thème test', 'code': 'TVE'})
        Indicator = cls.env['ccis.economic.indicator']
        cls.creations = Indicator.create({
            'name': 'Créations test', 'code': 'TVE_CREA', 'uom': 'entreprises',
            'theme_id': cls.theme.id, 'frequency': 'annual', 'source': 'OMPIC'})
        cls.exports = Indicator.create({
            'name': 'Exportations test', 'code': 'TVE_EXP', 'uom': 'MMAD',
            'theme_id': cls.theme.id, 'frequency': 'quarterly',
            'source': 'Office des changes'})
        cls.cpi = Indicator.create({
            'name': 'Indice des prix test', 'code': 'TVE_IPC', 'uom': 'indice',
            'theme_id': cls.theme.id, 'frequency': 'monthly', 'source': 'HCP'})
        cls.Value = cls.env['ccis.economic.value']
        cls.Document = cls.env['ccis.documentation']
        cls.kind_study = ref('ccis_economic_watch.ccis_documentation_kind_study')

    @classmethod
    def _value(cls, user=None, indicator=None, province=None, year=2031, **values):
        """A value created by ``user`` (default: the agent); ``province`` defaults to El
        Jadida, an empty recordset makes a regional value."""
        vals = {
            'indicator_id': (indicator or cls.creations).id,
            'region_id': cls.region.id,
            'province_id': (cls.el_jadida if province is None else province).id,
            'year': year,
            'value': 100.0,
        }
        vals.update(values)
        return cls.Value.sudo(user or cls.staff).create(vals)

    @classmethod
    def _document(cls, user=None, **values):
        vals = {'name': 'Étude test', 'kind_id': cls.kind_study.id, 'year': 2031,
                'document': PDF, 'document_name': 'etude.pdf'}
        vals.update(values)
        return cls.Document.sudo(user or cls.staff).create(vals)
