# Fieldbook 的简体中文文案。界面和桌面外壳（错误信息）共用。
# An error's message is `error-<code>`, its problem's code verbatim (`error-not_a_date`,
# `error-unreachable`), filled with the problem's named arguments; a Rust test checks every code has one.

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
today-overdue = 逾期未拜访
today-no-overdue = 没有逾期未拜访的客户。
today-overdue-client = { $name } · { $tier } 类 · 逾期 { $days } 天
today-overdue-all = 查看全部 { $count } 个逾期客户
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
field-crm_id = CRM 客户代码
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
settings-home = 家（纬度,经度）
settings-office = 办公室（纬度,经度）
settings-working-hours = 工作时间
settings-sync = 同步
settings-sync-server = 同步服务器
settings-sync-token = 令牌
settings-saved = 已保存

error-not_initialized = 这台电脑上还没有客户档案（查找位置：{ $dir }）。
error-already_initialized = { $dir } 中已有客户档案。
error-bad-field = { $field }：{ $reason }
error-not_found = 未找到：{ $detail }
error-failed = 出错了：{ $detail }

## Visit planning: due list, day planner, week view, sales stages
nav-due = 待拜访
nav-plan = 日程规划
nav-week = 周视图
due-title = 待拜访客户
due-overdue = 已逾期
due-this-week = 本周到期
due-never = 从未拜访
due-none = 无。
due-col-client = 客户
due-col-tier = 级别
due-col-last = 上次联系
due-col-due = 到期日
due-col-overdue = 逾期天数
due-col-propose = 建议日期
due-coverage = 各级别覆盖率
due-coverage-tier = { $tier } 类：{ $clients } 个客户中 { $covered } 个在 { $days } 天内联系过
due-cadence = { $tier } 类拜访周期（天）
due-plan-day = 按待拜访名单规划一天
plan-title = 日程规划
plan-date = 日期
plan-start = 出发点（纬度,经度）
plan-day-start = 上班时间
plan-day-end = 下班时间
plan-speed = 平均车速（公里/小时）
plan-road-factor = 道路系数
plan-add-client = 添加客户
plan-from-due = 从待拜访名单填入
plan-optimise = 优化路线
plan-save = 保存为计划拜访
plan-saved = 已计划 { $count } 次拜访。
plan-no-stops = 请添加客户，或从待拜访名单填入。
plan-col-client = 客户
plan-col-arrive = 到达
plan-col-depart = 离开
plan-col-km = 公里
plan-col-lock = 锁定
plan-lock = 固定 { $client } 的位置
plan-up = 将 { $client } 上移
plan-down = 将 { $client } 下移
plan-remove = 移除 { $client }
plan-totals = 共 { $km } 公里，行车 { $min } 分钟
plan-unassigned = 未能安排
plan-reason-no_coordinates = 没有坐标
plan-reason-time_window = 无法在对方办公时间内到达
plan-reason-day_too_short = 当天时间不够
plan-reason-too_far = 太远，工作时间内无法往返
week-title = 周视图
week-today = 今天
week-previous = 上一周
week-next = 下一周
week-all-day = 全天
visit-stage = 销售阶段
client-stage = 销售阶段：{ $stage }
stage-none = 无
stage-first_visit = 售前：首次拜访
stage-needs_discovery = 售前：需求挖掘
stage-solution = 售前：方案制定
stage-presentation = 售前：方案演示
stage-negotiation = 售前：商务谈判
stage-contract = 售前：签订合同
stage-work_order = 售中：工单下达
stage-provisioning = 售中：业务开通
stage-testing = 售中：测试
stage-trial = 售中：试用
stage-go_live = 售中：正式上线
stage-revisit = 售后：回访
stage-relationship_care = 售后：客户关怀
stage-complaint = 售后：投诉处理
stage-change = 售后：业务变更
stage-maintenance = 售后：维护
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
error-bad_server_url = “{ $url }”不是服务器地址：{ $reason }
error-bad_token = 令牌为空或包含空格；请按签发时的原样粘贴。
error-unauthorized = { $server } 拒绝了该令牌（错误或已吊销）；请向管理员申请新令牌。
error-unreachable = 无法连接同步服务器 { $server }：{ $reason }

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
error-not_one_of = “{ $value }”不是以下之一：{ $allowed }
error-empty = 不能为空
error-not_a_date = “{ $value }”不是日期（YYYY-MM-DD）
error-not_a_week = “{ $value }”不是 ISO 周（YYYY-Www，如 2026-W49）
error-not_a_time = “{ $value }”不是时间（HH:MM）
error-not_a_time_zone = “{ $value }”不是时区（例如 Asia/Shanghai）
error-not_an_email = “{ $value }”不是电子邮箱地址
error-not_a_phone = “{ $value }”不是电话号码
error-not_a_birthday = “{ $value }”不是生日（YYYY-MM-DD、--MM-DD、lunar:MM-DD、lunar:leap:MM-DD 或 农历八月十五）
error-visit_cancelled = 该拜访已取消
error-visit_done = 该拜访已完成
error-unknown_field = 没有这个字段；可用字段：{ $known }
field-title = 标题
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
field-collected = 回款

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
reminder-about = { $kind }：{ $subject }
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
## Care rules, greetings and reminder notifications
nav-greetings = 节日问候
care-title = 关怀规则
care-intro = 各等级关键人的关怀方式及提前天数，如“3 gift:鲜花; 0 call”（message 短信，call 电话，visit 拜访，gift:礼品）。
care-tier = { $tier } 类客户
care-birthday = 生日
care-festival = 节日
care-renewal-days = 合同续签提前天数
care-notification-time = 每日提醒的通知时间
greetings-title = 节日问候
greetings-holiday = 节日
greetings-year = 年份
greetings-tiers = 客户等级
greetings-language = 语言
greetings-none = 所选等级没有关键人。
greetings-copy = 复制
greetings-copied = 已复制
greetings-export-csv = 导出 CSV
greetings-channel = 发送方式
greetings-mark-sent = 标记为已发送
greetings-marked-sent = 已将 { $count } 条问候记录为已发送。
greetings-select = 选择 { $name }
channel-message = 短信
channel-call = 电话
channel-visit = 拜访
notify-title = 今日有 { $count } 条提醒
notify-message = 发送问候
notify-call = 打电话
notify-visit = 上门拜访
notify-gift = 送礼：{ $gift }
notify-renew = 启动合同续签
notify-collect = 催缴欠费
notify-retain = 客户挽留
notify-case-at-risk = 工单即将超时
notify-case-breached = 工单已超时
notify-chase-department = 催办转交部门
notify-ask-confirmation = 请客户确认处理结果

## Notification lines: one reminder in the desktop notification, punctuated for the language,
## and the last line of a notification listing only the first few
notify-line = { $client }：{ $action }
notify-line-person = { $person }，{ $client }：{ $action }
notify-more = ……另有 { $count } 条

## Birthday greetings
greetings-occasion = 问候场合
greetings-occasion-festival = 节日
greetings-occasion-birthdays = 近期生日
greetings-from = 起始日期
greetings-days = 天数
greetings-no-birthdays = 这些等级的关键人在这段时间内没有生日。
greetings-birthday-on = { $date } 生日
# First run: joining from another computer (pulling the portfolio from the sync server)
first-run-new = 新建客户档案
first-run-join-title = 我已在另一台电脑上使用 Fieldbook
first-run-join-intro = 从团队的同步服务器把您的客户档案取到这台电脑上。
first-run-join = 把我的客户档案取到这里
first-run-joining = 正在取回您的客户档案…
error-no_portfolio_on_server = { $server } 上还没有 { $user } 的客户档案。请先在保存它的电脑上同步，或在这里新建客户档案。

## Team view: a lead's read-only copies of the team members' portfolios
nav-team = 团队
team-title = 团队
team-read-only = 团队成员的客户档案（截至上次同步）。您可以在这里查看，但不能修改。
team-none = 这台电脑上还没有团队的客户档案，下次同步后就会出现。
team-member = { $name }（{ $owner }）
team-col-last-contact = 上次联系
team-col-next-visit = 下次拜访
team-col-overdue = 逾期
team-days-overdue = 逾期 { $days } 天
team-back = ← 团队
team-client-read-only = { $owner } 的客户，只读。
team-case-read-only = { $owner } 的投诉，只读。

## Sync problems, as the status bar and Settings show them
error-refused = { $server } 拒绝了请求（{ $status }）：{ $message }
error-protocol = 同步服务器的回答无法理解：{ $detail }
error-not_logged_in = 这台电脑还没有登录同步服务器，请在“设置”中登录。
error-credentials = 无法使用保存的登录信息 { $path }：{ $reason }
error-corrupt_credentials = 保存的登录信息 { $path } 已损坏，请在“设置”中重新登录。
error-team_folder = 无法读取 { $path } 中的团队客户档案：{ $reason }
error-other_server = { $data_dir } 中的客户档案与 { $synced_with } 同步，而不是 { $logged_in }；请登录 { $synced_with }。
error-two_portfolios = 服务器上已有 { $user } 的客户档案，而 { $data_dir } 中还有另一份；请把服务器上的那份拉取到一个空的数据目录中。
error-nothing_to_sync = 这里和服务器上都没有 { $user } 的客户档案。
error-unavailable = 服务器上没有此用户可用的文档 { $document }。
error-connection_lost = 与 { $server } 的连接中断：{ $reason }
error-timed_out = { $server } 未能在 { $seconds } 秒内完成同步。
error-stalled = 与 { $server } 的同步停滞，正在重试。
error-stopped = 同步已停止。
error-replica = 无法读取或写入客户档案：{ $detail }

## Refusals of the core, translated (each `Problem` code)
error-not_yes_or_no = “{ $value }”不是“是”或“否”
error-not_lat_lon = “{ $value }”不是“纬度,经度”格式（例如 31.2304,121.4737）
error-not_a_number = “{ $value }”不是数字
error-degrees_out_of_range = { $axis ->
    [latitude] 纬度
   *[other] 经度
} { $value } 超出 -{ $limit }..{ $limit } 的范围
error-not_a_day_window = “{ $value }”不是 HH:MM-HH:MM 格式
error-ends_before_it_starts = “{ $value }”的结束时间早于开始时间
error-not_an_amount = “{ $value }”不是带货币的金额（例如 12500.00 CNY）
error-not_minutes = “{ $value }”不是分钟数
error-not_days = “{ $value }”不是天数
error-not_days_up_to = “{ $value }”不是 1 到 { $max } 之间的天数
error-days_up_to = 必须是 1 到 { $max } 天
error-cadence_out_of_range = { $tier } 类：{ $days } 天不在 1 到 { $max } 之间
error-ends_before_start = 结束时间必须晚于开始时间
error-year_out_of_range = { $value } 不在 { $min } 年到 { $max } 年之间
error-no_region = 请至少指定一个地区
error-out_of_range = 必须在 { $min } 到 { $max } 之间
error-not_from_to = { $value } 不在 { $min } 到 { $max } 之间
error-placeholder_not_closed = “{ $at }”处的占位符缺少“{"}"}”
error-stray_brace = “{ $at }”处的“{"}"}”没有对应的“{"{"}”
error-unknown_placeholder = 未知的占位符 {"{"}{ $placeholder }{"}"}；可用的有 { $known }
error-holiday_in_birthday_greeting = 生日祝福中的 {"{"}holiday{"}"} 没有可填的值
error-not_a_greeting_occasion = “{ $value }”不是 birthday、holiday、generic 或节日代码（例如 cn.mid_autumn）
error-no_such_holiday = { $region } { $year } 年没有节日“{ $key }”；有这些：{ $keys }
error-calendar_year = { $value } 年超出了 1901–2099 的范围
error-none_to_mark_sent = 没有选择要标记为已发送的祝福
error-contract_ends_before_start = { $end } 早于合同开始日期 { $start }
error-arrears_due_without_arrears = 已填写，但没有欠款
error-empty_tag = 标签不能为空
error-id_in_use = { $id } 已被使用
error-no_such_day = { $value } 不是有效日期
error-lunar_out_of_range = 农历月份必须是 1–12，日期必须是 1–30，而不是 { $month }/{ $day }
error-not_a_care_rule = “{ $value }”不是“天数 方式”格式（例如“3 gift:flowers”或“0 call”）
error-care_rule_days = “{ $rule }”中的“{ $days }”不是天数
error-lead_too_long = 提前 { $days } 天超过了 { $max } 天
error-gift_without_what = 礼物必须写明是什么（gift:flowers）
error-channel_twice = “{ $channel }”用了两次；每个场合每种方式最多一次
error-not_time_or_instant = “{ $value }”既不是 HH:MM，也不是日期时间
error-no_such_time = { $date } 在 { $zone } 不存在 { $value } 这个时间
error-duration_out_of_range = { $minutes } 分钟不在 1 到 1440 之间
error-check_out_before_check_in = { $check_out } 早于签到时间 { $check_in }
error-skipped_time = { $date } { $time } 在 { $zone } 不存在（时钟向前调整）
error-not_after = { $value } 不晚于 { $after }
error-empty_id = 编号为空
error-no_occasion_name = 必须写明节日或场合
error-outside_limits = { $value } 不在 { $min } 到 { $max }{ $unit } 之间
error-depart_before_arrival = 早于到达时间
error-festival_needs_year = 节日祝福需要指定年份
error-not_a_currency = “{ $value }”不是三个字母的货币代码
error-not_two_decimals = “{ $value }”不是最多两位小数的金额

# A reason the core gives in English only (the `other` problem), shown as it is
error-other = { $reason }

error-outside_degrees = { $value } 超出 -{ $limit }..{ $limit } 的范围
error-not_typed_in = 无需填写：由所做的操作决定
error-given_without = 须与{ $other }一起填写
error-negative = “{ $value }”为负数
error-required = 为必填项
error-no_greeting_for = { $contact } 不是所选等级的关键人
error-nothing_to_change = 没有要修改的内容：请至少填写一个字段
error-not_an_instant = “{ $value }”不是日期时间（YYYY-MM-DD HH:MM）
error-not_a_work_span = “{ $value }”不是工作时长，例如 4h（小时）或 3d（工作日）
error-step_does_not_fit = 工单当前为“{ $status ->
        [open] 待受理
        [in_progress] 处理中
        [handed_over] 已转交
        [waiting] 等待客户
        [resolved] 已解决
        [confirmed] 客户已确认
        [reopened] 已重新打开
       *[other] { $status }
    }”，不能执行“{ $step ->
        [open] 受理投诉
        [start] 开始处理
        [note] 添加备注
        [handover] 转交部门
        [wait] 等待客户
        [reply] 回复客户
        [resolve] 解决
        [confirm] 客户确认
        [reopen] 重新打开
       *[other] { $step }
    }”
error-too_late_to_reopen = 已确认超过 { $days } 天，请新建工单
error-not_of_client = { $record } 不属于客户 { $client }
error-visit_follows_up = 此拜访已关联工单 { $case }；请不关联拜访记录此投诉，或将其作为 { $case } 的备注
error-in_the_future = { $value } 是将来的时间

field-stage = 销售阶段
field-case = 工单
field-due = 截止日期
field-client = 客户
field-visit = 拜访
field-done = 已完成
field-home = 住址
field-office = 办公室
field-working_hours = 工作时间
field-cadence_a = A 类拜访间隔
field-cadence_b = B 类拜访间隔
field-cadence_c = C 类拜访间隔
field-cadence_d = D 类拜访间隔
field-notification_time = 提醒时间
field-care_renewal_days = 续约提前天数

## 投诉工单：工单列表、工单页、记录投诉、服务时限（SLA）；待办
nav-cases = 投诉工单
cases-title = 投诉工单
cases-status-filter = 状态
cases-severity-filter = 严重程度
cases-none = 没有工单。
cases-col-case = 工单
cases-col-client = 客户
cases-col-severity = 严重程度
cases-col-status = 状态
cases-col-response = 首次响应期限
cases-col-resolution = 解决期限
cases-col-sla = 时限
case-status-open = 待受理
case-status-in_progress = 处理中
case-status-handed_over = 已转交
case-status-waiting = 等待客户
case-status-resolved = 已解决
case-status-confirmed = 客户已确认
case-status-reopened = 已重新打开
severity-critical = 严重
severity-high = 高
severity-medium = 中
severity-low = 低
case-channel-phone = 电话
case-channel-visit = 拜访时当面
case-channel-email = 邮件
case-channel-message = 短信/微信
case-channel-social_media = 社交媒体
clock-on_track = 正常
clock-at_risk = 临近超时
clock-paused = 已暂停
clock-met = 已达标
clock-breached = 已超时
case-breached = 已超时
case-at-risk = 即将超时
case-paused = 已暂停：等待客户
case-department = 在{ $department }处理
case-title = { $category } — { $client }
case-received = 受理于 { $when } · { $channel }
case-raised-by = 提出人：{ $name }
case-complaint = 投诉内容
case-no-description = 没有描述。
case-resolution = 处理结果
case-deadlines = 期限
case-response-due = 首次响应
case-resolution-due = 解决
case-next-steps = 下一步
case-timeline = 处理记录
case-visits = 跟进拜访
case-no-visits = 没有跟进拜访。
case-plan-visit = 计划跟进拜访
case-tasks = 工单待办
case-step-start = 开始处理
case-step-note = 添加备注
case-step-handover = 转交部门
case-step-wait = 等待客户
case-step-reply = 回复客户
case-step-resolve = 解决
case-step-confirm = 客户确认
case-step-reopen = 重新打开
case-event-open = 受理投诉
case-event-start = 开始处理
case-event-note = 备注
case-event-handover = 已转交
case-event-wait = 等待客户
case-event-reply = 已回复
case-event-resolve = 已解决
case-event-confirm = 客户已确认
case-event-reopen = 已重新打开
case-event-to = 转交{ $department }
case-event-channel = 通过{ $channel }
case-event-satisfaction = 满意度 { $score }/5
case-event-not-applied = 未生效（在另一台设备上执行）
case-text-start = 备注（可选）
case-text-note = 备注
case-text-handover = 给该部门的说明（可选）
case-text-wait = 等待客户提供什么（可选）
case-text-reply = 回复客户的内容（可选）
case-text-resolve = 处理结果
case-text-confirm = 客户的原话（可选）
case-text-reopen = 重新打开的原因
case-input-department = 部门
case-input-channel = 回复方式
case-input-channel-optional = 回复方式（可选）
case-input-satisfaction = 客户满意度
case-satisfaction-score = { $score } 分（满分 5）
case-input-at = 时间（留空为现在）
case-step-save = 保存
case-step-cancel = 取消
complaint-record = 记录投诉
complaint-category = 类别
complaint-category-billing = 账单
complaint-category-outage = 故障
complaint-category-quality = 服务质量
complaint-category-installation = 安装
complaint-category-contract = 合同
complaint-severity = 严重程度
complaint-channel = 受理渠道
complaint-contact = 提出人
complaint-contact-none = —
complaint-description = 客户原话
complaint-at = 受理时间（留空为现在）
complaint-submit = 记录投诉
complaint-recorded = 已记录投诉“{ $category }”：首次响应期限 { $response }，解决期限 { $resolution }。
complaint-open-case = 打开工单
client-cases = 投诉工单
client-tasks = 待办
tasks-none = 没有待办。
task-done-label = 完成：{ $title }
task-overdue = 已逾期
task-add = 添加待办
task-title = 待办事项
task-due-date = 到期日（可选）
task-add-submit = 添加待办
task-ticked = 已完成：{ $title }。
task-undo = 撤销
sla-title = 投诉处理时限（SLA）
sla-intro = 各严重程度的工单须在多长时间内首次响应和解决，以工作小时（4h）或工作日（3d）计。
sla-response = 首次响应
sla-resolution = 解决

## 投诉工单（续）：拜访跟进的工单、工单提醒、步骤被拒时所指的字段
visit-case = 投诉工单：{ $category }
reminder-kind-case_at_risk = 工单即将超时
reminder-kind-case_breached = 工单处理时限已超
reminder-kind-chase_department = 已转交，部门尚未答复
reminder-kind-ask_confirmation = 已解决，待客户确认
reminder-action-follow = { $kind ->
    [case_at_risk] 抓紧处理，以免超时
    [case_breached] 尽快解决超时工单
    [chase_department] 催办转交部门
    [ask_confirmation] 请客户确认处理结果
   *[other] 跟进工单
}
field-step = 处理步骤
field-to = 转交部门
field-department = 部门
field-text = 备注
field-reason = 重新打开的原因
field-resolution = 解决
field-response = 首次响应
field-satisfaction = 客户满意度
field-category = 类别
field-severity = 严重程度
field-channel = 渠道
field-contact = 提出人
field-at = 时间

# The weekly report (fieldbook report week, the Report view, its PDF).
report-title = 工作周报
report-week = { $week } 周：{ $from } 至 { $to }
report-manager = 客户经理
report-as-of = 截至
report-visits = 拜访
report-planned = 计划
report-done = 完成
report-cancelled = 取消
report-missed = 未完成
report-by-purpose = 按目的
report-by-stage = 按销售阶段
report-by-tier = 按等级
report-per-day = 每日拜访
report-first-visits = 首次拜访的客户
report-coverage = 各等级覆盖率
report-coverage-before = 上周
report-tier = 等级
report-clients = 客户数
report-covered = 已覆盖
report-overdue = 逾期未访客户
report-never-contacted = 从未联系
report-days-overdue = 逾期天数
report-care = 客户关怀
report-greetings-sent = 已发送祝福
report-occasion = 场合
report-channel = 方式
report-cases = 投诉
report-opened = 新增
report-resolved = 已解决
report-confirmed = 客户已确认
report-sla-met = SLA 达标
report-sla-breached = SLA 超时
report-satisfaction = 平均满意度
report-open = 周末未结
report-attention = 临近超时或已超时
report-tasks = 跟进任务
report-tasks-overdue = 已逾期
report-arrears = 欠费
report-outstanding = 未收回
report-past-due = 逾期客户
report-collected = 本周回款
report-outcomes = 本周拜访结果
report-next-week = 下周计划
report-next-planned = 已计划拜访
report-next-due = 到期但未计划
report-none = 无
report-client = 客户
report-date = 日期
report-purpose = 目的
report-outcome = 结果
report-count = 数量
report-other = 其他
report-gift = 礼品
report-team-title = 团队周报
report-member = 成员
report-last-synced = 最近同步
report-stale = 未及时同步
report-never-synced = 从未
report-team-total = 团队合计
report-key-overdue = 逾期未访的 A 级客户
report-at-risk = 临近超时
report-breached = 已超时
report-team-visits = 各成员拜访
report-stale-copies = 超过一天未同步的副本
nav-report = 周报
report-previous = ‹ 上一周
report-next-week-button = 下一周 ›
report-this-week = 本周
report-save-pdf = 另存为 PDF
report-export-csv = 导出 CSV
report-making = 正在生成周报…
report-making-pdf = 正在排版 PDF…
report-charts = 图表
team-dashboard = 团队本周概况
report-members = 团队成员

## The Excel export: its sheets, and the columns the fields do not name.
export-sheet-clients = 客户
export-sheet-contacts = 联系人
export-sheet-visits = 拜访
export-sheet-cases = 投诉工单
export-sheet-case_events = 工单记录
export-sheet-tasks = 待办
export-sheet-care_log = 关怀记录
column-id = 编号
column-contact_id = 联系人编号
column-occasion = 场合
column-occasion_name = 场合名称
column-gift = 礼品
column-note = 备注
column-reminder_id = 提醒编号
column-case_id = 工单编号
column-recorded_at = 记录时间
column-by = 记录人
column-applied = 已生效
column-client_id = 客户编号
column-raised_by = 提出人
column-opened_at = 受理时间
column-responded_at = 回复时间
column-response_due = 回复期限
column-resolution_due = 解决期限
column-resolved_at = 解决时间
column-breached = 超出时限
column-description = 投诉内容
column-latitude = 纬度
column-longitude = 经度
column-currency = 币种
column-visit_id = 拜访编号

## The Export section of the settings, and where a saved file went.
saved-to = 已保存到 { $path }
export-title = 导出
export-hint = 将客户档案导出为文件：发给主管、用于表格、日历、手机，或作为备份（用 fieldbook import json 恢复）。
export-xlsx = Excel 工作簿
export-json = 备份（JSON）
export-ics = 日历，未来 90 天（iCalendar）
export-vcf = 联系人（vCard）
export-csv = 导出 CSV
export-csv-table = CSV 文件内容
export-making = 正在生成文件…
