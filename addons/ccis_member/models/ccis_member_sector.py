from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class CcisMemberSector(models.Model):
    _name = 'ccis.member.sector'
    _description = "Secteur d'activité"
    _parent_name = 'parent_id'
    _parent_store = True
    _parent_order = 'code'
    _order = 'parent_left'
    _rec_name = 'complete_name'

    name = fields.Char(string='Libellé', required=True, translate=True, index=True)
    name_ar = fields.Char(string='Libellé (arabe)')
    code = fields.Char(string='Code', required=True, index=True)
    complete_name = fields.Char(
        string='Nom complet', compute='_compute_complete_name', store=True, index=True)
    category_id = fields.Many2one(
        'ccis.member.category', string='Catégorie', required=True, index=True,
        ondelete='restrict',
        help="Catégorie de la chambre (commerce, industrie, services) ou artisanat "
             "pour les métiers de l'artisanat.")
    is_trade = fields.Boolean(
        string="Métier de l'artisanat",
        help="Métier de l'artisanat (registre national de l'artisanat).")
    parent_id = fields.Many2one(
        'ccis.member.sector', string='Secteur parent', index=True, ondelete='restrict')
    child_ids = fields.One2many('ccis.member.sector', 'parent_id', string='Sous-secteurs')
    parent_left = fields.Integer(index=True)
    parent_right = fields.Integer(index=True)
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', "Le code du secteur d'activité doit être unique."),
    ]

    @api.depends('name', 'parent_id.complete_name')
    def _compute_complete_name(self):
        for sector in self:
            if sector.parent_id:
                sector.complete_name = '%s / %s' % (sector.parent_id.complete_name, sector.name)
            else:
                sector.complete_name = sector.name

    @api.constrains('parent_id')
    def _check_parent_id(self):
        if not self._check_recursion():
            raise ValidationError(_(
                "Secteur « %s » : un secteur ne peut pas être son propre parent.")
                % self[:1].name)

    @api.constrains('parent_id', 'category_id')
    def _check_category_id(self):
        for sector in self.filtered('parent_id'):
            if sector.parent_id.category_id != sector.category_id:
                raise ValidationError(_(
                    "Secteur « %s » : la catégorie doit être celle du secteur parent « %s ».")
                    % (sector.name, sector.parent_id.name))
