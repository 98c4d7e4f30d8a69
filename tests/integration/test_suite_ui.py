"""Cross-addon checks of the installed suite: every model of the suite's addons is reachable
from a menu, has access rules, and every view of its menus' actions loads, for every role."""
import datetime
import time

from dateutil.relativedelta import relativedelta

from odoo.tests.common import SavepointCase
from odoo.tools.safe_eval import safe_eval

# the demo users of the roles (tests/browser/test_roles.py walks their menus in the browser)
ROLE_LOGINS = ('agent', 'chef', 'annexe', 'direction', 'audit', 'president', 'elu', 'arabe')


class TestSuiteUI(SavepointCase):

    @classmethod
    def setUpClass(cls):
        super(TestSuiteUI, cls).setUpClass()
        modules = cls.env['ir.module.module'].search([('name', '=like', 'ccis\\_%'), ('state', '=', 'installed')])
        cls.module_names = modules.mapped('name')
        data = cls.env['ir.model.data'].search([('module', 'in', cls.module_names)])
        cls.menus = cls.env['ir.ui.menu'].browse(
            data.filtered(lambda d: d.model == 'ir.ui.menu').mapped('res_id')).exists()
        models = cls.env['ir.model'].browse(data.filtered(lambda d: d.model == 'ir.model').mapped('res_id'))
        cls.suite_models = models.filtered(
            lambda m: not m.transient and m.model.startswith('ccis.') and not cls.env[m.model]._abstract)

    def _menu_actions(self):
        actions = [menu.action for menu in self.menus if menu.action]
        return [action for action in actions if action._name == 'ir.actions.act_window']

    def test_suite_is_installed(self):
        self.assertIn('ccis_base', self.module_names)
        self.assertTrue(self.menus, 'the suite has no menu')

    def test_every_model_has_access_rules(self):
        access = self.env['ir.model.access'].search([('model_id', 'in', self.suite_models.ids)])
        missing = self.suite_models - access.mapped('model_id')
        self.assertFalse(missing, 'models without access rules: %s' % missing.mapped('model'))

    def test_every_model_is_reachable_from_a_menu(self):
        reachable = {action.res_model for action in self._menu_actions()}
        # lines, histories, template parts... are reached through their document's form
        todo = list(reachable)
        while todo:
            model = self.env[todo.pop()]
            for field in model._fields.values():
                if field.type == 'one2many' and field.comodel_name not in reachable:
                    reachable.add(field.comodel_name)
                    todo.append(field.comodel_name)
        missing = [m.model for m in self.suite_models if m.model not in reachable]
        self.assertFalse(missing, 'models no menu opens: %s' % missing)

    def test_every_menu_view_loads(self):
        for action in self._menu_actions():
            model = self.env[action.res_model]
            for view_type in action.view_mode.split(','):
                view_type = 'tree' if view_type == 'list' else view_type
                with self.subTest(action=action.name, view=view_type):
                    arch = model.fields_view_get(view_type=view_type)
                    self.assertTrue(arch['arch'])
            with self.subTest(action=action.name, view='search'):
                model.fields_view_get(view_type='search')
                if model._auto:  # dashboards (board.board) have no table
                    model.search_read(self._domain(action), limit=5)

    def _domain(self, action):
        from odoo.tools.safe_eval import safe_eval
        return safe_eval(action.domain or '[]', {'uid': self.env.uid, 'context_today': lambda: None})

    def test_every_role_opens_its_menus(self):
        """What the web client asks when a role opens a menu of the suite, as that role and in
        its language: every view of the action (``load_views``) and the first view's records
        (80 rows; grouped for a pivot or graph). The browser walks each action in full once,
        as the least privileged role that sees it; this is the check for the others."""
        checked = 0
        for login in ROLE_LOGINS:
            user = self.env['res.users'].search([('login', '=', login)])
            self.assertTrue(user, 'no demo user %s' % login)
            for action in self._actions_seen_by(user):
                with self.subTest(login=login, action=action.name):
                    self._open_as(user, action)
                    checked += 1
        self.assertGreater(checked, 100)

    def _actions_seen_by(self, user):
        """The window actions of the suite's menus ``user`` sees (with all their parents)."""
        visible = set(self.env['ir.ui.menu'].sudo(user).search([]).ids)
        actions = self.env['ir.actions.act_window']
        for menu in self.menus.sorted('complete_name'):
            ancestors = menu.search([('id', 'parent_of', menu.id)])
            action = menu.action
            if action and action._name == 'ir.actions.act_window' and action.target != 'new' \
                    and set(ancestors.ids) <= visible:
                actions |= action
        return actions

    def _open_as(self, user, action):
        values = {'uid': user.id, 'user': user, 'time': time, 'datetime': datetime,
                  'relativedelta': relativedelta, 'context_today': datetime.date.today,
                  'active_id': False, 'active_ids': [], 'active_model': False}
        context = dict(safe_eval(action.context or '{}', values), lang=user.lang)
        Model = self.env[action.res_model].sudo(user).with_context(context)
        views = action.views + [(action.search_view_id.id, 'search')]
        result = Model.load_views(views, {'toolbar': True, 'load_filters': True,
                                          'action_id': action.id})
        if not Model._auto:  # dashboards (board.board) have no table
            return
        domain = safe_eval(action.domain or '[]', values)
        first = action.views[0][1]
        if first in ('pivot', 'graph'):
            Model.read_group(domain, [], [])
        else:
            Model.search_read(domain, list(result['fields_views'][first]['fields']), limit=80)
