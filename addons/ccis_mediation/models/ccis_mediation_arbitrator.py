from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

ROLES = [
    ('mediator', 'Mediator'),
    ('sole', 'Sole Arbitrator'),
    ('president', 'Presiding Arbitrator'),
    ('co_arbitrator', 'Co-Arbitrator'),
]


class CcisMediationArbitrator(models.Model):
    """A neutral of a case: the mediator, or a member of the arbitral tribunal."""
    _name = 'ccis.mediation.arbitrator'
    _description = 'Mediator or Arbitrator'
    _order = 'case_id, sequence, id'
    _rec_name = 'partner_id'
    _ccis_unit_scope = {'paths': ['case_id.unit_id'], 'confidential': True}  # as its case

    case_id = fields.Many2one('ccis.mediation.case', string='Case', required=True,
                              index=True, ondelete='cascade')
    sequence = fields.Integer(string='Sequence', default=10)
    partner_id = fields.Many2one('res.partner', string='Mediator / Arbitrator', required=True,
                                 index=True, ondelete='restrict')
    role = fields.Selection(ROLES, string='Role', required=True)
    appointed_by = fields.Selection([
        ('claimant', 'Claimant Party'),
        ('respondent', 'Respondent Party'),
        ('arbitrators', 'Co-Arbitrators'),
        ('parties', 'Agreement of the Parties'),
        ('chamber', 'Chamber'),
    ], string='Appointed By')
    date_accepted = fields.Date(string='Acceptance Date')

    @api.constrains('role', 'case_id')
    def _check_role(self):
        for neutral in self:
            case = neutral.case_id
            if (neutral.role == 'mediator') != (case.case_type == 'mediation'):
                raise ValidationError(_(
                    'Case %s: the role "%s" of %s (field "Role") does not suit the "%s" procedure.') % (
                        case.display_name, neutral._selection_label('role'),
                        neutral.partner_id.display_name, case._selection_label('case_type')))

    def _selection_label(self, field_name):
        return dict(self._fields[field_name]._description_selection(self.env)).get(
            self[field_name], '')
