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
contact-birthday = 生日：{ $date }
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
settings-sync-coming = 同步功能即将推出
settings-saved = 已保存

error-not-initialized = 这台电脑上还没有客户档案（查找位置：{ $dir }）。
error-already-initialized = { $dir } 中已有客户档案。
error-bad-field = { $field }：{ $reason }
error-not-found = 未找到：{ $detail }
error-failed = 出错了：{ $detail }

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
