from odoo.exceptions import UserError

from .common import CorrespondenceCommon


class TestNumbering(CorrespondenceCommon):

    def test_draft_not_numbered(self):
        self.assertFalse(self._item().name)

    def test_numbered_per_direction_and_year(self):
        late_2031 = self._item(date='2031-12-31')
        early_2032 = self._item(date='2032-01-01')
        second_2032 = self._item(date='2032-01-02')
        out_2031 = self._item(direction='outgoing', date='2031-12-30')
        out_2032 = self._item(direction='outgoing', date='2032-01-05')
        (second_2032 | out_2032 | late_2031 | early_2032 | out_2031).action_register()
        self.assertEqual(late_2031.name, 'ARR/2031/0001')
        self.assertEqual(early_2032.name, 'ARR/2032/0001')
        self.assertEqual(second_2032.name, 'ARR/2032/0002')
        self.assertEqual(out_2031.name, 'DEP/2031/0001')
        self.assertEqual(out_2032.name, 'DEP/2032/0001')
        self.assertEqual((late_2031 | early_2032).mapped('state'), ['registered'] * 2)

    def test_registered_item_cannot_be_deleted(self):
        item = self._registered(user=self.manager, date='2031-05-04')
        with self.assertRaisesRegex(UserError, 'ne peut être supprimé'):
            item.unlink()

    def test_number_not_reused_after_refused_batch(self):
        first = self._registered(date='2031-06-01')
        incomplete = self._item(date='2031-06-02', document=False)
        ready = self._item(date='2031-06-03')
        with self.assertRaises(UserError):
            (incomplete | ready).action_register()
        self.assertFalse(ready.name, 'a refused batch numbers nothing')
        ready.action_register()
        self.assertEqual(first.name, 'ARR/2031/0001')
        self.assertEqual(ready.name, 'ARR/2031/0002')

    def test_register_twice_refused(self):
        item = self._registered(date='2031-07-01')
        with self.assertRaisesRegex(UserError, 'seul un brouillon'):
            item.action_register()
