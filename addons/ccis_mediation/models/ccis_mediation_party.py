from odoo import _, api, fields, models
from odoo.exceptions import UserError

SIDES = [('claimant', 'Claimant'), ('respondent', 'Respondent')]
# what the fees invoiced at registration were computed from
LOCKED_FIELDS = ('case_id', 'partner_id', 'side')


class CcisMediationParty(models.Model):
    """A party to a case, on the claimant's or the respondent's side, with its counsel; the
    fees of the case it pays are invoiced to it at registration (ccis_service's billing
    mixin: one invoice per paying party, on the unit's analytic account)."""
    _name = 'ccis.mediation.party'
    _description = 'Party to a Mediation or Arbitration Case'
    _inherit = ['ccis.service.billing.mixin']
    _ccis_unit_scope = {'paths': ['case_id.unit_id'], 'confidential': True}  # as its case
    _order = 'case_id, side, sequence, id'
    _rec_name = 'partner_id'

    case_id = fields.Many2one('ccis.mediation.case', string='Case', required=True,
                              index=True, ondelete='cascade')
    case_state = fields.Selection(related='case_id.state', string='Case Status',
                                  readonly=True)
    sequence = fields.Integer(string='Sequence', default=10)
    side = fields.Selection(SIDES, string='Capacity', required=True, default='claimant',
                            index=True)
    partner_id = fields.Many2one(
        'res.partner', string='Party', required=True, index=True, ondelete='restrict',
        help='Company or person, member of the chamber or not.')
    is_member = fields.Boolean(string='Member', related='partner_id.ccis_is_member',
                               readonly=True)
    counsel_id = fields.Many2one('res.partner', string='Lawyer / Counsel', index=True,
                                 ondelete='restrict')
    currency_id = fields.Many2one(related='case_id.currency_id', readonly=True)
    registration_amount = fields.Monetary(
        string='Registration Fee', readonly=True, copy=False,
        help='Share of the registration fee owed by the party (the claimants), set at registration of the case.')
    admin_fee_amount = fields.Monetary(
        string='Administrative Fees', readonly=True, copy=False,
        help='Share of the administrative fees owed by the party, set at registration.')
    amount_due = fields.Monetary(string='Total Due (Excl. Tax)', compute='_compute_amount_due')

    _sql_constraints = [
        ('partner_side_uniq', 'unique(case_id, partner_id)',
         'The same party cannot appear twice in a case.'),
    ]

    @api.depends('registration_amount', 'admin_fee_amount')
    def _compute_amount_due(self):
        for party in self:
            party.amount_due = party.registration_amount + party.admin_fee_amount

    @api.model
    def create(self, vals):
        case = self.env['ccis.mediation.case'].browse(vals.get('case_id'))
        if case.state and case.state != 'draft':
            raise UserError(_(
                'Case %s: no party can be added to a registered case; the fees were invoiced to the parties '
                'at registration.') % case.display_name)
        return super(CcisMediationParty, self).create(vals)

    @api.multi
    def write(self, vals):
        if any(name in vals for name in LOCKED_FIELDS):
            for party in self.filtered(lambda p: p.case_id.state != 'draft'):
                raise UserError(_(
                    'Case %s: party %s can no longer be modified (party, capacity); the fees were invoiced '
                    'at registration.')
                    % (party.case_id.display_name, party.partner_id.display_name))
        return super(CcisMediationParty, self).write(vals)

    @api.multi
    def unlink(self):
        for party in self.filtered(lambda p: p.case_id.state != 'draft'):
            raise UserError(_(
                'Case %s: party %s can no longer be removed; the fees were invoiced at registration.')
                % (party.case_id.display_name, party.partner_id.display_name))
        return super(CcisMediationParty, self).unlink()

    # ------------------------------------------------------------------
    # billing (ccis_service: ccis.service.billing.mixin)
    # ------------------------------------------------------------------
    def _ccis_billing_partner(self):
        return self.partner_id

    def _ccis_billing_unit(self):
        return self.case_id.unit_id

    def _ccis_billing_date(self):
        return self.case_id.date_registered

    def _ccis_billing_reference(self):
        return self.case_id.name

    def _ccis_billing_lines(self):
        case = self.case_id
        lines = []
        if self.registration_amount:
            lines.append({'product': case.registration_product_id, 'quantity': 1.0,
                          'price_unit': self.registration_amount,
                          'name': '%s – %s' % (case.registration_product_id.name, case.name)})
        if self.admin_fee_amount:
            lines.append({'product': case.admin_fee_product_id, 'quantity': 1.0,
                          'price_unit': self.admin_fee_amount,
                          'name': _('%s – %s (%s %% share)') % (
                              case.admin_fee_product_id.name, case.name,
                              self._fee_share_label())})
        return lines

    def _fee_share_label(self):
        case = self.case_id
        share = case.claimant_share if self.side == 'claimant' else 100.0 - case.claimant_share
        count = len(case.party_ids.filtered(lambda p: p.side == self.side))
        return ('%g' % share) if count == 1 else ('%g / %d' % (share, count))
