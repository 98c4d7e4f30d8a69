from odoo.addons.ccis_event.tests.common import HandoverCase
from odoo.tests.common import TransactionCase

MODULE = 'ccis_portal_b2b'


class TestOwnership(HandoverCase, TransactionCase):
    """The B2B meetings of the member portal belong to this bridge, nothing of them is left
    to ccis_portal (the 11.0.2.1.0 migration of ccis_event hands over the records of existing
    databases)."""

    MODULE = MODULE
    MIGRATION = '11.0.2.1.0'

    def test_template_security_owned(self):
        env = self.env
        self.assertOwned(env.ref('%s.portal_my_event_b2b' % MODULE))
        self.assertOwned(env['ir.model.access'].search([
            ('model_id.model', 'in', ['ccis.b2b.wish', 'ccis.b2b.meeting']),
            ('group_id', '=', env.ref('base.group_portal').id)]))
        self.assertOwned(env['ir.rule'].search([
            ('model_id.model', 'in', ['ccis.b2b.wish', 'ccis.b2b.meeting']),
            ('groups', 'in', env.ref('base.group_portal').id)]))
        self.assertFalse(env['ir.model.data'].search(
            [('module', '=', 'ccis_portal'), ('name', 'like', 'b2b')]))

    def test_migration_hands_over(self):
        """ccis_event's 11.0.2.1.0 pre-migration gives back to this bridge the XML ids of a
        database where ccis_portal still owns them (its new inherited templates and the
        XML ids of the models it extends aside)."""
        cr = self.env.cr
        cr.execute("""SELECT id FROM ir_model_data
                       WHERE module = %s
                         AND name NOT IN ('portal_layout_ccis_b2b', 'portal_my_events_b2b')
                         AND (model != 'ir.model' OR name = 'model_ccis_b2b_wish')""",
                   (MODULE,))
        self.assertHandedOver(tuple(row[0] for row in cr.fetchall()), minimum=5)
