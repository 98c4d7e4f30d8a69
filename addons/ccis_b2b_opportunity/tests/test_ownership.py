from odoo.addons.ccis_event.tests.common import HandoverCase
from odoo.tests.common import TransactionCase

MODULE = 'ccis_b2b_opportunity'


class TestOwnership(HandoverCase, TransactionCase):
    """The link between B2B meetings and opportunities belongs to this bridge, nothing of it
    is left to ccis_business_opportunity (the 11.0.2.1.0 migration of ccis_event hands over
    the records of existing databases)."""

    MODULE = MODULE
    MIGRATION = '11.0.2.1.0'

    def test_fields_views_owned(self):
        env = self.env
        Fields = env['ir.model.fields']
        self.assertOwned(Fields.search([('model', '=', 'ccis.business.opportunity'),
                                        ('name', '=', 'meeting_id')]))
        self.assertOwned(Fields.search([('model', '=', 'ccis.b2b.meeting'),
                                        ('name', '=', 'opportunity_id')]))
        self.assertOwned(env.ref('%s.ccis_b2b_meeting_view_form' % MODULE))
        self.assertOwned(env.ref('%s.ccis_business_opportunity_view_form' % MODULE))
        self.assertFalse(env['ir.model.data'].search(
            [('module', '=', 'ccis_business_opportunity'), '|', ('name', 'like', 'b2b'),
             ('name', 'like', 'meeting')]))

    def test_migration_hands_over(self):
        """ccis_event's 11.0.2.1.0 pre-migration gives back to this bridge the XML ids of a
        database where ccis_business_opportunity still owns them (its new view and the XML ids
        of the models it extends aside)."""
        cr = self.env.cr
        cr.execute("""SELECT id FROM ir_model_data
                       WHERE module = %s AND name != 'ccis_business_opportunity_view_form'
                         AND (model != 'ir.model' OR name = 'model_ccis_b2b_meeting')""",
                   (MODULE,))
        self.assertHandedOver(tuple(row[0] for row in cr.fetchall()), minimum=3)
