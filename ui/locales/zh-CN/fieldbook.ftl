# Fieldbook 的简体中文文案。界面和桌面外壳（错误信息）共用。

app-title = Fieldbook 客户经理手册
nav-label = 主导航
nav-today = 今天
nav-portfolio = 客户
nav-settings = 设置
loading = 加载中…
open = 打开
back = 返回

search-label = 搜索客户、联系人和笔记
search-placeholder = 搜索（/ 或 Ctrl+K）
search-results-title = “{ $query }”的搜索结果
search-no-results = 没有与“{ $query }”匹配的内容。
search-kind-client = 客户
search-kind-contact = 联系人
search-kind-visit = 拜访笔记

status-bar-label = 状态
status-sync-not-configured = 未配置同步
status-clients = { $count ->
   *[other] { $count } 个客户
}
shortcuts-hint = 快捷键：/ 或 Ctrl+K 搜索 · n 新建拜访 · Ctrl+Shift+N 新建笔记

first-run-title = 欢迎使用 Fieldbook
first-run-intro = 在这台电脑上建立您的客户档案。
first-run-name = 您的姓名
first-run-region = 地区
first-run-language = 语言
first-run-time-zone = 时区
first-run-demo = 加载演示客户档案
first-run-demo-clients = 演示客户数
first-run-create = 创建客户档案

region-CN = 中国
region-PL = 波兰
region-AZ = 阿塞拜疆
language-en = English
language-zh-CN = 简体中文
language-pl = Polski
language-az = Azərbaycanca

today-title = 今天，{ $date }
today-visits = 计划拜访
today-no-visits = 今天没有计划拜访。
today-tasks = 待办跟进
today-no-tasks = 没有待办跟进。
task-due = { $date } 到期

portfolio-title = 客户
portfolio-filter = 筛选客户
portfolio-tier-filter = 等级
portfolio-status-filter = 状态
portfolio-shown = 显示 { $shown } / { $total }
filter-all = 全部
column-name = 客户
column-tier = 等级
column-status = 状态
column-last-contact = 最近联系
column-next-visit = 下次拜访
column-arrears = 欠费
column-tags = 标签
client-status-prospect = 潜在
client-status-active = 正常
client-status-at_risk = 预警
client-status-lost = 流失
add-client = 新增客户
add-client-name = 客户名称
add-client-tier = 等级

client-profile = 客户档案
field-name = 名称
field-industry = 行业
field-tier = 等级
field-status = 状态
field-address = 地址
field-location = 坐标
field-office_hours = 办公时间
field-contract_start = 合同开始
field-contract_end = 合同结束
field-arrears = 欠费
field-arrears_due = 欠费到期
field-tags = 标签
field-competitor_notes = 竞争对手信息
edit-field = 编辑{ $field }
client-contacts = 联系人
client-no-contacts = 暂无联系人。
key-person = 关键人
client-visit-count = { $count ->
   *[other] { $count } 次拜访
}
client-no-visits = 暂无拜访。

plan-visit = 计划拜访
visit-date = 日期
visit-time = 时间
visit-purpose = 目的
plan-visit-submit = 计划拜访
purpose-routine = 例行拜访
purpose-care = 关怀
purpose-sales_step = 销售环节
purpose-complaint_follow_up = 投诉跟进
purpose-collection = 催缴
visit-status-planned = 已计划
visit-status-done = 已完成
visit-status-cancelled = 已取消

visit-title = 拜访{ $client }
visit-check-in = 签到
visit-check-out = 签退
visit-checked-in = 签到于 { $time }
visit-checked-out = 签退于 { $time }
visit-outcome = 拜访结果
visit-notes = 笔记
visit-notes-saving = 保存中…
visit-notes-saved = 已保存
visit-add-line = 添加一行笔记
visit-add-line-submit = 添加

settings-title = 设置
settings-profile = 个人资料
settings-name = 姓名
settings-region = 节假日地区
settings-language = 语言
settings-time-zone = 时区
settings-sync = 同步
settings-sync-server = 同步服务器
settings-sync-token = 令牌
settings-saved = 已保存

error-not-initialized = 这台电脑上还没有客户档案（查找位置：{ $dir }）。
error-already-initialized = { $dir } 中已有客户档案。
error-bad-field = { $field }：{ $reason }
error-not-found = 未找到：{ $detail }
error-failed = 出错了：{ $detail }

# Sync in the app: status bar, login in Settings, sync errors
status-sync-offline = 离线
status-sync-connecting = 正在连接…
status-sync-syncing = 正在同步…
status-sync-up_to_date = 已同步
status-last-synced = { $when }同步
status-never-synced = 尚未同步
status-unsynced = { $count } 项更改未同步
status-read-only = 只读（团队成员的客户档案）
settings-sync-login = 登录并同步
settings-sync-logging-in = 正在登录…
settings-sync-logged-in = 以 { $user } 身份与 { $server } 同步
settings-sync-configured = 正在与 { $server } 同步
settings-sync-hint = 粘贴管理员为您签发的令牌；令牌会先经服务器验证，只保存在这台电脑上。
error-sync-server-url = “{ $url }”不是服务器地址：{ $reason }
error-sync-token-blank = 令牌为空或包含空格；请按签发时的原样粘贴。
error-sync-unauthorized = { $server } 拒绝了该令牌（错误或已吊销）；请向管理员申请新令牌。
error-sync-unreachable = 无法连接同步服务器 { $server }：{ $reason }

# Contacts on the client page, cancelling a visit
contact-add = 添加联系人
contact-add-submit = 添加联系人
contact-name = 姓名
contact-title = 职务
contact-phones = 电话
contact-email = 电子邮箱
contact-preferences = 喜好
contact-notes = 备注
contact-key-person-of = { $name } 是关键人
contact-birthday-field = 生日
contact-remove-button = 删除
contact-remove = 删除 { $name }
contact-remove-confirm = 从该客户中删除 { $name }？
contact-remove-yes = 是，删除
confirm-keep = 否，保留
birthday-calendar = 历法
birthday-none = 无生日
birthday-gregorian = 公历
birthday-lunar = 农历
birthday-year = 年份（可选）
birthday-month = 月
birthday-day = 日
birthday-leap = 闰月
birthday-save = 保存生日
birthday-discard = 放弃
birthday-edit = { $name } 的生日
birthday-lunar-date = { $leap ->
    [yes] 农历闰{ $month }月{ $day }日
   *[no] 农历{ $month }月{ $day }日
}
visit-cancel = 取消拜访
visit-cancel-confirm = 取消这次拜访？它会以“已取消”保留在记录中。
visit-cancel-yes = 是，取消

# Translated reasons of refused values (the core's problem codes), and the fields they name
error-reason-not_one_of = “{ $value }”不是以下之一：{ $allowed }
error-reason-empty = 不能为空
error-reason-not_a_date = “{ $value }”不是日期（YYYY-MM-DD）
error-reason-not_a_time = “{ $value }”不是时间（HH:MM）
error-reason-not_a_time_zone = “{ $value }”不是时区（例如 Asia/Shanghai）
error-reason-not_an_email = “{ $value }”不是电子邮箱地址
error-reason-not_a_phone = “{ $value }”不是电话号码
error-reason-not_a_birthday = “{ $value }”不是生日（YYYY-MM-DD、--MM-DD、lunar:MM-DD、lunar:leap:MM-DD 或 农历八月十五）
error-reason-visit_cancelled = 该拜访已取消
error-reason-visit_done = 该拜访已完成
error-reason-unknown_field = 没有这个字段；可用字段：{ $known }
field-title = 职务
field-key_person = 关键人
field-phones = 电话
field-email = 电子邮箱
field-birthday = 生日
field-preferences = 喜好
field-notes = 备注
field-time_zone = 时区
field-language = 语言
field-region = 节假日地区
field-date = 日期
field-time = 时间
field-tz = 时区
field-duration = 时长
field-purpose = 目的
field-check_in = 签到
field-check_out = 签退
field-outcome = 结果

# Care reminders on the Today view
reminders-title = 关怀提醒
reminders-none = 未来两周没有关怀提醒。
reminders-today = 今天到期
reminders-upcoming = 即将到来
reminder-kind-birthday = 生日
reminder-kind-holiday = 节日
reminder-kind-contract_renewal = 合同续签
reminder-kind-arrears_due = 欠费到期
reminder-kind-arrears_overdue = 欠费逾期
reminder-kind-at_risk = 离网预警
reminder-action-gift = 送礼：{ $gift }
reminder-action-call = 打电话
reminder-action-message = 发短信
reminder-action-visit = 上门拜访
reminder-action-renew = 启动合同续签
reminder-action-collect = 催缴欠费
reminder-action-retain = 客户挽留
reminder-gift-flowers-or-cake = 鲜花或蛋糕
reminder-done = 完成
reminder-snooze = 明天再提醒
reminder-dismiss = 忽略
reminder-done-label = 标记完成：{ $what }
reminder-snooze-label = 明天再提醒：{ $what }
reminder-dismiss-label = 忽略：{ $what }
