from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

WISH_KINDS = [('offer', 'Offre'), ('seek', 'Recherche')]
PRIORITIES = [('1', 'Normale'), ('2', 'Haute'), ('3', 'Très haute')]


class CcisB2bWish(models.Model):
    """What a participant of a B2B meeting offers or seeks, optionally a company it wants
    to meet: the input of the schedule."""

    _name = 'ccis.b2b.wish'
    _description = 'Offre ou souhait B2B'
    _order = 'event_id, priority desc, id'
    _ccis_unit_scope = ['registration_id.event_id.unit_id']  # record rules: ir.rule._ccis_unit_rules

    registration_id = fields.Many2one('event.registration', string='Participant',
                                      required=True, index=True, ondelete='cascade')
    event_id = fields.Many2one(related='registration_id.event_id', string='Événement',
                               store=True, readonly=True, index=True)
    member_id = fields.Many2one(related='registration_id.ccis_member_id',
                                string='Entreprise', store=True, readonly=True, index=True)
    kind = fields.Selection(WISH_KINDS, string='Nature', required=True, default='seek')
    sector_id = fields.Many2one('ccis.member.sector', string='Secteur', index=True)
    description = fields.Char(string='Description')
    target_registration_id = fields.Many2one(
        'event.registration', string='Entreprise souhaitée', index=True, ondelete='cascade',
        help="Participant que l'entreprise souhaite rencontrer en particulier.")
    priority = fields.Selection(PRIORITIES, string='Priorité', default='1', required=True)

    @api.constrains('registration_id', 'target_registration_id')
    def _check_target(self):
        for wish in self.filtered('target_registration_id'):
            if wish.target_registration_id == wish.registration_id:
                raise ValidationError(_(
                    "Souhait de « %s » : une entreprise ne peut pas demander à se rencontrer "
                    "elle-même.") % wish.registration_id.name)
            if wish.target_registration_id.event_id != wish.registration_id.event_id:
                raise ValidationError(_(
                    "Souhait de « %s » : l'entreprise souhaitée « %s » doit participer à la "
                    "même rencontre.") % (wish.registration_id.name,
                                          wish.target_registration_id.name))

    @api.constrains('kind', 'sector_id', 'target_registration_id')
    def _check_content(self):
        for wish in self:
            if not wish.sector_id and not wish.target_registration_id:
                raise ValidationError(_(
                    "Souhait de « %s » : indiquez un secteur ou une entreprise souhaitée.")
                    % wish.registration_id.name)
