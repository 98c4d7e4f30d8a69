from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tools import mute_logger

from .common import EconomicWatchCommon


class TestValues(EconomicWatchCommon):
    """A value per indicator, territory and period; the period follows the frequency."""

    def test_period_and_territory_are_stored(self):
        value = self._value(indicator=self.exports, quarter='3', year=2032)
        self.assertEqual(value.period_code, '2032-T3')
        self.assertEqual(value.date, '2032-07-01')
        self.assertEqual(value.territory_code, self.el_jadida.code)
        self.assertEqual(value.territory_name, 'El Jadida')
        self.assertEqual(value.source, 'Office des changes')
        monthly = self._value(indicator=self.cpi, month='11', year=2032, source='HCP Casablanca')
        self.assertEqual((monthly.period_code, monthly.date), ('2032-11', '2032-11-01'))
        self.assertEqual(monthly.source, 'HCP Casablanca')

    def test_region_of_the_province_is_filled(self):
        value = self.Value.sudo(self.staff).create({
            'indicator_id': self.creations.id, 'province_id': self.settat.id, 'year': 2031,
            'value': 12})
        self.assertEqual(value.region_id, self.region)

    def test_one_value_per_indicator_territory_period(self):
        self._value(year=2031)
        self._assert_duplicate(year=2031, value=5)
        # a regional value (no province) is unique too
        self._value(province=self.env['ccis.province'], year=2031)
        self._assert_duplicate(province=self.env['ccis.province'], year=2031, value=7)
        # another period or another province is another value
        self._value(year=2032)
        self._value(province=self.settat, year=2031)
        self.assertEqual(self.Value.search_count([('indicator_id', '=', self.creations.id)]), 4)
        # the message the web client shows a French user (odoo.service.model translates it)
        message = dict((name, msg) for name, _sql, msg in self.Value._sql_constraints)
        translated = self.env['ir.translation']._get_source(
            None, ('sql_constraint',), 'fr_FR', message['value_unique'])
        self.assertIn('existe déjà pour cet indicateur, ce territoire et cette période', translated)

    def _assert_duplicate(self, **values):
        with self.assertRaises(IntegrityError), mute_logger('odoo.sql_db'):
            with self.env.cr.savepoint():
                self._value(**values)
        self.env.clear()

    def test_period_must_match_frequency(self):
        with self.assertRaisesRegex(ValidationError, 'trimestrielle demande le trimestre'):
            self._value(indicator=self.exports)
        with self.assertRaisesRegex(ValidationError, 'annuelle ne prend ni trimestre ni mois'):
            self._value(quarter='2')
        with self.assertRaisesRegex(ValidationError, 'mensuelle demande le mois'):
            self._value(indicator=self.cpi, quarter='1')

    def test_province_must_be_in_region(self):
        with self.assertRaisesRegex(ValidationError, "Marrakech.*n'est pas dans la région"):
            self._value(province=self.marrakech, region_id=self.region.id)

    def test_frequency_locked_once_values_exist(self):
        self._value()
        with self.assertRaisesRegex(ValidationError, 'périodicité ne peut changer'):
            self.creations.sudo(self.manager).frequency = 'monthly'
        self.cpi.sudo(self.manager).frequency = 'quarterly'
        self.assertEqual(self.cpi.frequency, 'quarterly')

    def test_graph_and_pivot_group_by_period_and_territory(self):
        self._value(year=2031, value=10)
        self._value(year=2032, value=30)
        self._value(province=self.settat, year=2032, value=5)
        groups = self.Value.sudo(self.staff).read_group(
            [('indicator_id', '=', self.creations.id)], ['value', 'date'], ['date:year'])
        self.assertEqual([(g['date:year'], g['value']) for g in groups],
                         [('2031', 10.0), ('2032', 35.0)])
        groups = self.Value.sudo(self.bureau).read_group(
            [('indicator_id', '=', self.creations.id)], ['value', 'territory_name'],
            ['territory_name'])
        self.assertEqual({g['territory_name']: g['value'] for g in groups},
                         {'El Jadida': 40.0, 'Settat': 5.0})
