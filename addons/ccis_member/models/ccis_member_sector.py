from odoo import _, api, fields, models
from odoo.exceptions import ValidationError


class CcisMemberSector(models.Model):
    _name = 'ccis.member.sector'
    _inherit = ['ccis.cached.name.mixin']
    _description = 'Business Sector'
    _parent_name = 'parent_id'
    _parent_store = True
    _parent_order = 'code'
    _order = 'parent_left'
    _rec_name = 'complete_name'
    _ccis_name_fields = ('name', 'parent_id', 'active')

    name = fields.Char(string='Label', required=True, translate=True, index=True)
    name_ar = fields.Char(string='Label (Arabic)')
    code = fields.Char(string='Code', required=True, index=True)
    complete_name = fields.Char(
        string='Complete Name', compute='_compute_complete_name', store=True, index=True)
    category_id = fields.Many2one(
        'ccis.member.category', string='Category', required=True, index=True,
        ondelete='restrict',
        help='Category of the chamber (commerce, industry, services), or crafts for craft trades.')
    is_trade = fields.Boolean(
        string='Craft Trade',
        help='Craft trade (national crafts register).')
    parent_id = fields.Many2one(
        'ccis.member.sector', string='Parent Sector', index=True, ondelete='restrict')
    child_ids = fields.One2many('ccis.member.sector', 'parent_id', string='Sub-Sectors')
    parent_left = fields.Integer(index=True)
    parent_right = fields.Integer(index=True)
    active = fields.Boolean(string='Active', default=True)

    _sql_constraints = [
        ('code_uniq', 'unique(code)', 'The business sector code must be unique.'),
    ]

    @api.depends('name', 'parent_id.complete_name')
    def _compute_complete_name(self):
        for sector in self:
            if sector.parent_id:
                sector.complete_name = '%s / %s' % (sector.parent_id.complete_name, sector.name)
            else:
                sector.complete_name = sector.name

    @api.multi
    def _ccis_name_get(self):
        """Each sector's path ("Services / Transport et logistique") in the user's language,
        from the translated labels: ``complete_name``, stored for searching and sorting, is in
        the chamber's source language."""
        result = []
        for sector in self:
            names, current = [], sector
            while current:
                names.append(current.name)
                current = current.parent_id
            result.append((sector.id, ' / '.join(reversed(names))))
        return result

    @api.constrains('parent_id')
    def _check_parent_id(self):
        if not self._check_recursion():
            raise ValidationError(_(
                'Sector "%s": a sector cannot be its own parent.')
                % self[:1].name)

    @api.constrains('parent_id', 'category_id')
    def _check_category_id(self):
        for sector in self.filtered('parent_id'):
            if sector.parent_id.category_id != sector.category_id:
                raise ValidationError(_(
                    'Sector "%s": the category must be that of parent sector "%s".')
                    % (sector.name, sector.parent_id.name))
