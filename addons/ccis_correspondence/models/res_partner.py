from odoo import _, api, fields, models


class ResPartner(models.Model):
    """An institutional contact (administration, official, elected member, international body)
    and the mail and interactions the chamber had with it."""
    _inherit = 'res.partner'

    ccis_is_institutional = fields.Boolean(
        'Institutional Contact', index=True,
        help='Administration, authority, elected official or body with which the chamber maintains '
             'institutional relations.')
    ccis_institution_role_id = fields.Many2one(
        'ccis.institution.role', 'Institutional Role', index=True, ondelete='restrict')
    ccis_correspondence_ids = fields.One2many(
        'ccis.correspondence', 'partner_id', string='Mail (Mail Registry)')
    ccis_correspondence_count = fields.Integer(
        'Mail Items', compute='_compute_ccis_correspondence_count')
    ccis_interaction_ids = fields.One2many(
        'ccis.institution.interaction', 'partner_id', string='Institutional Interactions')
    ccis_interaction_count = fields.Integer(
        'Interactions', compute='_compute_ccis_interaction_count')

    def _ccis_count_by_partner(self, model, field):
        """{partner id: number of records of ``model`` whose ``field`` is the partner or one
        of its contacts}, empty for users without access to ``model``."""
        Model = self.env[model]
        # users without access to the register (elected members...) see no count
        if not self.ids or not Model.check_access_rights('read', raise_exception=False):
            return {}
        partners = self.with_context(active_test=False).search(
            ['|', ('id', 'in', self.ids), ('parent_id', 'in', self.ids)])
        counts = Model.read_group([(field, 'in', partners.ids)], [field], [field])
        direct = {count[field][0]: count['%s_count' % field] for count in counts}
        return {partner.id: sum(direct.get(contact.id, 0) for contact in partners
                                if contact == partner or contact.parent_id == partner)
                for partner in self}

    @api.depends('ccis_correspondence_ids')
    def _compute_ccis_correspondence_count(self):
        counts = self._ccis_count_by_partner('ccis.correspondence', 'partner_id')
        for partner in self:
            partner.ccis_correspondence_count = counts.get(partner.id, 0)

    @api.depends('ccis_interaction_ids')
    def _compute_ccis_interaction_count(self):
        counts = self._ccis_count_by_partner('ccis.institution.interaction', 'partner_id')
        for partner in self:
            partner.ccis_interaction_count = counts.get(partner.id, 0)

    def _ccis_action_of(self, xml_id, name):
        self.ensure_one()
        action = self.env.ref(xml_id).read()[0]
        action.update({
            'name': name % self.display_name,
            'domain': ['|', ('partner_id', '=', self.id), ('partner_id.parent_id', '=', self.id)],
            'context': {'default_partner_id': self.id},
        })
        return action

    @api.multi
    def action_view_ccis_correspondence(self):
        return self._ccis_action_of('ccis_correspondence.ccis_correspondence_action',
                                    _('Mail of %s'))

    @api.multi
    def action_view_ccis_interaction(self):
        return self._ccis_action_of('ccis_correspondence.ccis_institution_interaction_action',
                                    _('Interactions with %s'))
