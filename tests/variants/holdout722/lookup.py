"""Returns of the online archive-lookup service: department tables, flat lists, the platform."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout722.common import (
    ARCHIVE,
    ONE_HEAD,
    TWO_HEAD,
    YEAR,
    book,
    indicators,
    money1,
    money2,
    notes,
    project,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout722.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kbd13-department-lookup", (1, 12), "department, NAT-2021, budget and key tasks adding "
         "up, operator column with typed percent cells, a 下降率 with ≥ (correct)")  # fmt: skip
def kbd13() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept=ARCHIVE,
                    budget=[(wan(1260), wan(1180), wan(80), wan(780), wan(480))],
                    tasks=[("网上查档平台运维", "平台运维、接口维护", wan(150), "可用率≥99.5%"),
                           ("馆藏档案数字化", "扫描、著录", wan(210), "扫描100万页"),
                           ("库房安防维护", "监控、消防维保", wan(120), "档案安全零事故"),
                           ("金额合计", None, wan(480), None)],
                    goal="全年受理线上查档申请不少于3万件（其中跨区通办0.6万件），馆藏档案扫描"
                         "100万页，档案安全事故为零。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "线上查档受理量", "≥", 3, "万件"),
        (None, None, "跨区通办受理量", "≥", 0.6, "万件"),
        (None, None, "档案扫描页数", "≥", 100, "万页"),
        (None, "质量指标", "查档平台可用率", "≥", pct(0.995, "0.0%"), "%"),
        (None, None, "查档结果差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "线上申请办结时限", "≤", 3, "工作日"),
        ("成本指标", "经济成本指标", "扫描单价", "≤", 1.2, "元/页"),
        ("效益指标", "社会效益指标", "到馆查档人次下降率", "≥", pct(0.2), "%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "罗宛清", "0736-5823140", day(YEAR - 1, 11, 20))
    return b


@variant("kbd14-flat-lookup", (3, 10), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights add to 100, a rise in 百分点, 0起 "
         "(correct)")  # fmt: skip
def kbd14() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岭市档案查询服务中心",
                    budget=[(wan(600), wan(560), wan(40), wan(420), wan(180))],
                    goal="线上受理查档2.5万件，线上办结率比上年提高5个百分点，档案数据库条目达到"
                         "320万条。")  # fmt: skip
    s.row(*FLAT_HEAD)
    s.table([
        ("线上查档受理量", 20, "万件", "≥", 2.5),
        ("线上办结率提高", 15, "百分点", "≥", 5),
        ("查档平台可用率", 15, "%", "≥", pct(0.995, "0.0%")),
        ("查档响应时长", 15, "小时", "≤", 24),
        ("系统安全事故", 10, "起", "=", 0),
        ("网上查档用户满意度", 15, "%", "≥", pct(0.9)),
        ("档案数据库条目", 10, "万条", "≥", 320),
    ])  # fmt: skip
    sign(s, "罗宛清", "0736-5823140", day(YEAR - 1, 11, 20))
    return b


@variant("kbd15-flat-lookup-wrong", (3,), "department, flat list: the count of connected "
         "archives differs from the goal's, weights add to 95")  # fmt: skip
def kbd15() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岭市档案查询服务中心",
                    budget=[(wan(720), wan(680), wan(40), wan(460), wan(260))],
                    goal=ok("年内接入8个区级档案馆查档数据，线上受理查档申请不少于2万件。",
                            "warning", note="the goal side of the count mismatch"))  # fmt: skip
    s.row(*FLAT_HEAD)
    s.table([
        ("接入区级档案馆数量", 20, "个", "≥",
         mk(6, "D104", "warning", row=True, note="goal: 8个区级档案馆")),
        ("线上查档受理量", 20, "万件", "≥", 2),
        ("查档平台可用率", 15, "%", "≥", pct(0.995, "0.0%")),
        ("查档响应时长", 15, "小时", "≤", 24),
        ("数据接口故障次数", 10, "次", "≤", 3),
        ("网上查档用户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 15 + 15 + 10 + 15 = 95 ≠ 100")
    sign(s, "罗宛清", "0736-5823140", day(YEAR - 1, 11, 20))
    return b


@variant("kbd16-platform-two-year", (8,), "two-year project 2026—2027, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, a year's count above the period's, a deadline "
         "before the budget year")  # fmt: skip
def kbd16() -> Book:
    b, s = book()
    goal = "建成全市统一的网上档案查询平台，接入馆藏目录数据60万条，实现查档申请全程网办。"
    project(s, "档案查询服务平台建设", ARCHIVE, money2(300, 180, 170, 10),
            [goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "接入馆藏目录数据", "≥60万条",
         mk("≥80万条", "D201", "error", alt=("D104",),
            note="the year's 80万 above the period's 60万"),
         None),
        (None, None, "上线查询服务事项", "≥12项", "≥8项", None),
        (None, "质量指标", "查询平台可用率", "≥99.5%", "≥99.5%", None),
        (None, "时效指标", "平台上线时间", "2027年6月30日前",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103",),
            note="a deadline before the 2026—2027 period"), None),
        ("成本指标", "经济成本指标", "平台开发费用", "≤260万元", "≤150万元", None),
        ("效益指标", "社会效益指标", "线上办结查档申请占比", "≥70%", "≥50%", None),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "罗宛清", "0736-5823140")
    return b


@variant("kbd17-terminals-second-sheet", (4, 7), "project: head on 基本信息, the table on "
         "绩效指标 under 考核指标 · 目标值（年度） · 评价标准, 注 rows and a signature below "
         "(correct)")  # fmt: skip
def kbd17() -> Book:
    b, s = book("基本信息")
    project(s, "档案查询自助终端布设", ARCHIVE, money1(96, 90, 6),
            ["在8个街道便民服务中心布设档案查询自助终端8台，开通网站、小程序、自助机3个"
             "查询端口。"])  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "自助终端布设数量", "≥8台", "每少1台扣1分"),
        (None, None, "开通查询端口", "≥3个", "未开通扣2分"),
        (None, "质量指标", "终端验收合格率", "=100%", "不合格不得分"),
        (None, "时效指标", "终端投用时间", "2026年8月31日前", "逾期扣2分"),
        ("成本指标", "经济成本指标", "单台终端采购成本", "≤12万元/台", "超支不得分"),
        ("效益指标", "社会效益指标", "群众就近查档", "≥5000人次", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    notes(t, "注：1.终端运维费用在平台运维项目中列支，不含本项目。",
          "2.单台终端采购成本含安装调试费用。", width=5)  # fmt: skip
    sign(t, "顾南枝", "0736-5823177", day(YEAR - 1, 12, 5))
    return b


@variant("kbd18-sms-template-leftover", (12,), "project, NAT-2021, one value column: a template's "
         "example row left in, a unit cost × count above the money")  # fmt: skip
def kbd18() -> Book:
    b, s = book()
    project(s, "查档短信通知与在线预约服务", ARCHIVE, money1(40, 40, 0),
            ["全年发送查档进度短信通知400万条，开通在线预约查档。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "短信通知发送量", "≥400万条", None),
        (None, None, "例：培训人次", mk("≥XX人次", "X101", "error",
                                      note="the template's example row left in"), None),
        (None, "质量指标", "短信送达率", "≥98%", None),
        (None, "时效指标", "预约功能上线时间", "2026年4月30日前", None),
        ("成本指标", "经济成本指标", "短信单价",
         mk("≤0.12元/条", "B107", "warning", row=True,
            note="0.12元 × 400万条 = 48万元 > 40万元"), None),
        ("效益指标", "社会效益指标", "预约查档占比", "≥40%", None),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "顾南枝", "0736-5823177")
    return b
