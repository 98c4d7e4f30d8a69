from .common import EventServiceCase


class TestEventFee(EventServiceCase):
    """The event shows whether it is paying and the fees its service's rule gives."""

    def test_paying_event_shows_list_and_member_price(self):
        event = self._create_event('Formation test tarifs', self.product_training)
        event = event.sudo(self.staff)
        self.assertTrue(event.ccis_paying)
        self.assertEqual(event.ccis_fee_price, 500.0)
        self.assertEqual(event.ccis_fee_member_price, 300.0)

    def test_free_event(self):
        event = self._create_event('Journée test gratuite', event_type=self.type_seminar)
        self.assertFalse(event.ccis_paying)
        self.assertEqual(event.ccis_fee_price, 0.0)
        paying = self.env['event.event'].search([('ccis_paying', '=', True),
                                                 ('id', '=', event.id)])
        self.assertFalse(paying)

    def test_event_participation_fee_in_schedule(self):
        product = self.product_event
        self.assertTrue(product.ccis_is_service)
        self.assertTrue(product.ccis_refundable)
        self.assertEqual(product.ccis_compute_fee(partner=self.person), 250.0)
        self.assertEqual(product.ccis_compute_fee(partner=self.private), 400.0)
        company = self.unit_dap.company_id
        self.assertEqual(product.product_tmpl_id._ccis_income_account(company).code[:5],
                         '71243')
        self.assertTrue(product.taxes_id.filtered(lambda t: t.company_id == company))

    def test_fee_product_limited_to_chamber_services(self):
        domain = self.env['event.event']._fields['ccis_fee_product_id'].domain
        self.assertIn(('ccis_is_service', '=', True), domain)
