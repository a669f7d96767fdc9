"""Department (部门整体) and unit (单位整体) tables of administrative units: budget and task blocks,
provincial frameworks whose tiers are 履职 / 管理 / 效果, hidden template rows, a header repeated
after a page break, a flat list with the unit in the head."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import department_head
from tests.variants.holdout16.common import (
    AMOUNT,
    YUAN_LINE,
    comment,
    hide,
    notes,
    protect,
    signature,
    title,
    unit_line,
)
from tests.variants.holdout16.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, money, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", None, None)
HIDDEN = mk(None, "*", "warning", row=True, required=False, note="hidden template row")


def indicator_head(s: Sheet, text: str) -> None:
    s.row(text, merge=[(1, 6)])
    s.row(*TIER_HEAD, merge=[(4, 6)])


@variant(
    "o07-data-bureau-provincial-ok",
    (5, 12),
    "department, provincial framework 履职目标 / 管理目标 / 效果目标 with its own tier-2s, "
    "budget and task blocks that add up",
)
def o07() -> Book:
    """Correct: the province's department form tiers on 履职 / 管理 / 效果, which a reviewer
    accepts; 预算执行率 under 管理目标/预算管理 is that form's place for it. 1188.6 + 80 = 706.6
    + 562 = 1268.6; tasks 286 + 176 + 100 = 562."""
    b = Book()
    s = b.sheet("部门整体绩效目标表")
    department_head(
        s,
        year=2026,
        dept="汀湄县数据资源管理局",
        budget=[(money(1268.6), money(1188.6), money(80), money(706.6), money(562))],
        tasks=[
            (
                "政务云及电子政务外网运维",
                "保障政务云平台和外网稳定运行",
                money(286),
                "系统可用率不低于99.9%",
            ),
            (
                "数据共享交换平台建设",
                "建设县级数据共享交换平台二期",
                money(176),
                "接入部门40个以上",
            ),
            (
                "网络安全保障",
                "开展等保测评、攻防演练和安全监测",
                money(100),
                "全年不发生重大网络安全事件",
            ),
            ("金额合计", None, money(562), None),
        ],
        goal="支撑全县政务数字化运行，推进数据共享和开放，守住网络安全底线，部门管理规范高效。",
    )
    indicator_head(s, "年度绩效指标（省财政厅部门整体支出绩效目标表）")
    s.table(
        [
            ("履职目标", "重点工作任务", "政务云平台承载业务系统", "≥150个"),
            (None, None, "数据共享交换平台接入部门", "≥40个"),
            (None, None, "网络安全等级保护测评系统", "≥12个"),
            (None, "履职效能", "数据共享需求响应时间", "≤3个工作日"),
            (None, None, "网络安全事件处置及时率", "100%"),
            ("管理目标", "预算管理", "预算执行率", "≥95%"),
            (None, None, "“三公”经费支出", "不超过上年"),
            (None, "资产管理", "固定资产账实相符率", "100%"),
            (None, "政府采购管理", "政府采购合规率", "100%"),
            ("效果目标", "社会效益", "政务数据共享调用次数", "≥300万次"),
            (None, "可持续发展", "数据安全管理制度", "健全并有效执行"),
            (None, "服务对象满意度", "业务部门满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "o08-service-office-provincial-defects",
    (5, 12),
    "unit table, provincial framework 履职 / 管理 / 效果: 基本支出 + 项目支出 ≠ 资金总额, a "
    "rate given as a count, a 管理 tier-2 under 效果目标",
)
def o08() -> Book:
    b = Book()
    s = b.sheet("单位整体")
    department_head(
        s,
        year=2026,
        dept="梧岭市政务服务管理办公室",
        title="2026年度单位整体支出绩效目标表",
        budget=[
            (
                mk(money(936), "B101", "error", row=True, note="512 + 404 = 916"),
                money(896),
                money(40),
                money(512),
                money(404),
            )
        ],
        tasks=[
            (
                "政务服务大厅运行保障",
                "大厅物业、安保及窗口辅助服务",
                money(240),
                "大厅全年正常运行",
            ),
            ("“一网通办”推广", "推进高频事项网上办、掌上办", money(164), "网上可办率达到95%"),
            ("金额合计", None, money(404), None),
        ],
        goal="提升政务服务便利化水平，规范大厅运行管理，企业群众办事更便捷。",
    )
    indicator_head(s, "年度绩效指标")
    s.table(
        [
            ("履职目标", "重点工作任务", "进驻大厅政务服务事项", "≥1300项"),
            (None, None, "高频事项“一件事”集成办理", "≥20件"),
            (
                None,
                "履职效能",
                "政务信息公开及时率",
                mk("12次", "T105", "error", note="a rate given as a count"),
            ),
            (None, None, "即办件占比", "≥60%"),
            ("管理目标", "预算管理", "预算执行率", "≥95%"),
            (None, "政府采购管理", "政府采购合规率", "100%"),
            ("效果目标", "社会效益", "政务服务事项网上可办率", "≥95%"),
            (
                None,
                mk(
                    "资产管理",
                    "F105",
                    "error",
                    row=True,
                    alt=("F104", "F107"),
                    note="a 管理目标 tier-2 under 效果目标",
                ),
                "固定资产账实相符率",
                "100%",
            ),
            (None, "服务对象满意度", "办事企业群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "o09-service-centre-page-break-ok",
    (4, 6, 12),
    "unit table, NAT-2021, header repeated after a page break, hidden template rows, a "
    "comment, a protected sheet",
)
def o09() -> Book:
    """Correct: 702.8 + 40 = 418.8 + 324 = 742.8; tasks 168 + 36 + 120 = 324; the repeated header
    is not an indicator; the hidden rows are template rows the sender hid."""
    b = Book()
    s = b.sheet("单位整体绩效目标")
    department_head(
        s,
        year=2026,
        dept="柘浦区政务服务中心",
        title="柘浦区政务服务中心2026年度单位整体绩效目标表",
        budget=[(money(742.8), money(702.8), money(40), money(418.8), money(324))],
        tasks=[
            ("窗口服务外包", "购买大厅窗口辅助服务", money(168), "窗口服务规范有序"),
            ("自助终端运维", "24小时自助服务区设备运维", money(36), "终端完好率98%以上"),
            ("大厅适老化改造", "改造无障碍通道和帮办代办区", money(120), "第三季度完工"),
            ("金额合计", None, money(324), None),
        ],
        goal="建设便民高效的政务服务大厅，窗口服务规范，自助服务全天候可用，改造工程按期完成。",
    )
    indicator_head(s, "年度绩效指标")
    s.table(
        [
            ("产出指标", "数量指标", "年办理政务服务事项", "≥36万件"),
            (None, None, "自助服务终端", "≥48台"),
            (None, "质量指标", "自助终端完好率", "≥98%"),
            (None, None, "办件“好差评”差评整改率", "100%"),
            (None, "时效指标", "适老化改造完成时间", "2026年9月30日前"),
        ],
        merged=(1, 2),
    )
    s.ws.row_breaks.append(Break(id=s.r))
    s.row(*TIER_HEAD, merge=[(4, 6)])
    s.table(
        [
            ("成本指标", "经济成本指标", "窗口辅助服务人均费用", "≤4.8万元/人·年"),
            ("效益指标", "社会效益指标", "企业群众办事“最多跑一次”比例", "≥95%"),
            (None, None, "平均办理时限压缩比例", "≥40%"),
            (None, "生态效益指标", HIDDEN, None),
            (None, "可持续影响指标", "大厅服务管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"),
        ],
        merged=(1, 2),
    )
    hide(s, s.r - 2)
    comment(s, f"D{s.r - 5}", "按35名窗口人员测算", "综合科")
    protect(s)
    return b


@variant(
    "o10-approval-bureau-template-rows",
    (6, 13),
    "department, NAT-2021: no 满意度指标 at all, a template tier-2 left empty, a value whose "
    "indicator name was deleted",
)
def o10() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2026,
        dept="霁云县行政审批服务局",
        budget=[(money(1036.5), money(986.5), money(50), money(612.5), money(424))],
        tasks=[
            ("工程建设项目审批系统运维", "审批系统及电子证照运维", money(212), "系统全年稳定运行"),
            ("企业开办服务", "免费刻章、邮寄等企业开办服务", money(130), "企业开办1个工作日内办结"),
            ("审批档案数字化", "历年审批档案扫描入库", money(82), "完成档案数字化8万卷"),
            ("金额合计", None, money(424), None),
        ],
        goal="深化审批制度改革，工程建设项目审批和企业开办提速增效，审批档案全部数字化。",
    )
    b.file_mark("F106", "error", note="no 满意度指标 in a NAT-2021 table")
    indicator_head(s, "年度绩效指标")
    s.table(
        [
            ("产出指标", "数量指标", "审批档案数字化", "≥8万卷"),
            (None, None, "新开办企业免费刻章", "≥1800户"),
            (None, "质量指标", "电子证照归集率", "≥95%"),
            (None, "时效指标", "企业开办办结时间", "≤1个工作日"),
            (None, None, mk(None, "F110", "error", note="value without a name"), "≤30个工作日"),
            ("成本指标", "经济成本指标", "审批系统年度运维费用", "≤212万元"),
            ("效益指标", "社会效益指标", "工程建设项目审批时间压缩比例", "≥50%"),
            (
                None,
                mk("生态效益指标", "F109", "warning", row=True, note="template row"),
                None,
                None,
            ),
            (None, "可持续影响指标", "审批服务标准化建设", "持续推进"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "o17-affairs-centre-flat-yuan-ok",
    (3, 12),
    "unit table, 金额单位：元 in the head and 元 amounts, 政府采购预算 line, flat indicator "
    "list with 比较符, 计量单位 and 指标方向 columns, footnotes and signature",
)
def o17() -> Book:
    """Correct: 8,126,300 + 300,000 = 5,216,300 + 3,210,000 = 8,426,300; 政府采购预算 is part
    of it, not a third source; a 下降率 written as a positive number; 0 起 accidents is a cap."""
    b = Book()
    s = b.sheet("Sheet1", (8, 30, 10, 16, 12, 12))
    title(s, "岚桥县机关事务服务中心2026年度单位整体支出绩效目标表", 6)
    unit_line(s, YUAN_LINE, 6)
    s.row("单位名称", "岚桥县机关事务服务中心", None, "单位编码", "417026", None, merge=[(2, 3)])
    s.row("资金总额", None, "财政拨款", "其他资金", "基本支出", "项目支出", merge=[(1, 2)])
    s.row(
        C(8426300, AMOUNT),
        None,
        C(8126300, AMOUNT),
        C(300000, AMOUNT),
        C(5216300, AMOUNT),
        C(3210000, AMOUNT),
        merge=[(1, 2)],
    )
    s.row("其中：政府采购预算", None, C(1460000, AMOUNT), None, None, None, merge=[(1, 2)])
    s.row(
        "整体绩效目标",
        "保障县级机关办公区正常运转和公务用车服务，推进公共机构节能，后勤服务安全规范。",
        merge=[(2, 6)],
    )
    s.row("序号", "指标名称", "比较符", "指标值", "计量单位", "指标方向")
    for i, r in enumerate(
        [
            ("保障办公区域面积", "≥", 36000, "平方米", "正向"),
            ("公务用车保障任务", "≥", 1200, "车次", "正向"),
            ("公共机构人均综合能耗下降率", "≥", 1.5, "%", "正向"),
            ("物业服务质量考核达标率", "≥", pct(0.95), "%", "正向"),
            ("维修申请响应时间", "≤", 24, "小时", "反向"),
            ("安全责任事故", "=", mk(0, "*", "warning", row=True, required=False), "起", "反向"),
            ("政府采购执行合规率", "=", 100, "%", "正向"),
            ("干部职工满意度", "≥", 90, "%", "正向"),
        ],
        start=1,
    ):
        s.row(i, *r)
    notes(s, ["注：1.本表金额单位为元；2.指标方向填正向或反向。"], 6)
    signature(s, "闵越", "钟叙", "0736-7718204", day(2025, 11, 21))
    return b
