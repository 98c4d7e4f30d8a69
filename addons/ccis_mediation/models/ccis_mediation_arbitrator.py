from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

ROLES = [
    ('mediator', 'Médiateur'),
    ('sole', 'Arbitre unique'),
    ('president', 'Président du tribunal arbitral'),
    ('co_arbitrator', 'Co-arbitre'),
]


class CcisMediationArbitrator(models.Model):
    """A neutral of a case: the mediator, or a member of the arbitral tribunal."""
    _name = 'ccis.mediation.arbitrator'
    _description = 'Médiateur ou arbitre'
    _order = 'case_id, sequence, id'
    _rec_name = 'partner_id'
    _ccis_unit_scope = {'paths': ['case_id.unit_id'], 'confidential': True}  # as its case

    case_id = fields.Many2one('ccis.mediation.case', string='Dossier', required=True,
                              index=True, ondelete='cascade')
    sequence = fields.Integer(string='Séquence', default=10)
    partner_id = fields.Many2one('res.partner', string='Médiateur / arbitre', required=True,
                                 index=True, ondelete='restrict')
    role = fields.Selection(ROLES, string='Rôle', required=True)
    appointed_by = fields.Selection([
        ('claimant', 'Partie demanderesse'),
        ('respondent', 'Partie défenderesse'),
        ('arbitrators', 'Co-arbitres'),
        ('parties', 'Accord des parties'),
        ('chamber', 'Chambre'),
    ], string='Désigné par')
    date_accepted = fields.Date(string="Date d'acceptation")

    @api.constrains('role', 'case_id')
    def _check_role(self):
        for neutral in self:
            case = neutral.case_id
            if (neutral.role == 'mediator') != (case.case_type == 'mediation'):
                raise ValidationError(_(
                    "Dossier %s : le rôle « %s » de %s (champ « Rôle ») ne convient pas à la "
                    "procédure « %s ».") % (
                        case.display_name, neutral._selection_label('role'),
                        neutral.partner_id.display_name, case._selection_label('case_type')))

    def _selection_label(self, field_name):
        return dict(self._fields[field_name]._description_selection(self.env)).get(
            self[field_name], '')
