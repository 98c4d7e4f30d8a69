from odoo.tools.safe_eval import safe_eval

from .common import CertificateCase

ACTIONS = ('ccis_certificate_origin.ccis_certificate_origin_action',
           'ccis_service.ccis_legalisation_action')


class TestScreens(CertificateCase):
    """The register and the counter screens open for every role that has the menu: views
    load and the list reads its fields (nothing the role may not read is asked)."""

    def test_screens_open_for_each_role(self):
        self.new_certificate().action_issue()
        for user in (self.user_agent, self.user_manager, self.user_annex, self.user_direction,
                     self.user_audit, self.user_bureau):
            for xmlid in ACTIONS:
                with self.subTest(user=user.login, action=xmlid):
                    action = self.env.ref(xmlid)
                    Model = self.env[action.res_model].sudo(user)
                    views = Model.load_views([(False, mode) for mode in
                                              action.view_mode.split(',')] + [(False, 'search')])
                    tree = views['fields_views']['tree']['fields']
                    form = views['fields_views']['form']['fields']
                    records = Model.search_read([], list(tree), limit=20)
                    if records:
                        Model.browse(records[0]['id']).read(list(form))

    def test_fee_schedule_opens_for_admin(self):
        admin = self.env.ref('base.user_root')
        action = self.env.ref('ccis_service.product_template_action_ccis_service')
        Model = self.env['product.template'].sudo(admin)
        records = Model.search_read(safe_eval(action.domain), ['name', 'ccis_fee_rule'])
        self.assertGreaterEqual(len(records), 7)
