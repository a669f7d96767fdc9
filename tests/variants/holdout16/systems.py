"""Information-system projects: operation and maintenance, cloud platforms, upgrades. 可用率,
响应时间, 故障修复, 等保三级; operator columns, percent cells, dates in every form staff write."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout16.common import (
    AMOUNT,
    WAN_LINE,
    comment,
    hide,
    notes,
    project_lines,
    protect,
    signature,
    title,
    unit_line,
)
from tests.variants.holdout16.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct

HIDDEN = mk(None, "*", "warning", row=True, required=False, note="hidden template row")
ZERO_CAP = mk("0起", "*", "warning", row=True, required=False, note="0 needs no ≤")
HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "o01-egov-operation-ok",
    (1, 4),
    "project, NAT-2021, 万元 in a head line, operator and unit columns, 0.0% cells, "
    "政府采购 line, Excel date, comment, protected sheet, footnotes and signature",
)
def o01() -> Book:
    """Correct: 286.4 = 286.4 + 0 (政府采购 251 is part of it, not a third source); costs
    251 + 18 = 269 ≤ 286.4; 99.9 % availability, ≤2 秒, ≤4 小时 are the usual service levels."""
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 18, 28, 10, 14, 12))
    title(s, "2026年度项目支出绩效目标表", 6)
    unit_line(s, WAN_LINE, 6)
    project_lines(
        s,
        [
            ("项目名称", "澄川县电子政务外网及政务云平台运维", "主管部门", "澄川县大数据发展中心"),
            ("实施单位", "澄川县大数据发展中心", "项目类型", "经常性项目"),
            ("项目周期", "2026年1月—2026年12月", "项目负责人及电话", "邱蔚 0797-5238416"),
        ],
    )
    s.row("项目资金", "年度资金总额", "其中：财政拨款", "其他资金", "其中：政府采购", None)
    s.row(None, C(286.4, AMOUNT), C(286.4, AMOUNT), C(0, AMOUNT), C(251, AMOUNT), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "保障全县电子政务外网、政务云平台及32个部门业务系统全年稳定运行，"
        "系统可用率"
        "不低于99.9%，一般故障4小时内修复，第三季度完成网络安全等级保护三级测评。",
        merge=[(2, 6)],
    )
    s.row(*HEAD6)
    s.table(
        [
            ("产出指标", "数量指标", "运维保障业务系统", "≥", 32, "个"),
            (None, None, "电子政务外网接入单位", "≥", 118, "个"),
            (None, "质量指标", "系统可用率", "≥", pct(0.999, "0.0%"), "%"),
            (None, None, "数据备份成功率", "≥", pct(0.99), "%"),
            (None, None, "网络安全等级保护测评", "定性", "通过三级测评", None),
            (None, "时效指标", "系统平均响应时间", "≤", 2, "秒"),
            (None, None, "一般故障修复时间", "≤", 4, "小时"),
            (None, None, "等保测评完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
            ("成本指标", "经济成本指标", "运维服务采购费用", "≤", C(251, AMOUNT), "万元"),
            (None, None, "等保测评费用", "≤", C(18, AMOUNT), "万元"),
            ("效益指标", "社会效益指标", "政务服务事项网上可办率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "运维管理制度", "定性", "健全并有效执行", None),
            ("满意度指标", "服务对象满意度指标", "使用部门满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    comment(s, f"E{s.r - 2}", "按上年平台接入口径测算")
    s.skip()
    notes(s, ["注：1.金额单位为万元；2.比较符从下拉列表选择，定性指标填“定性”。"], 6)
    signature(s, "邱蔚", "程岱", "0797-5238416", day(2025, 10, 28))
    protect(s)
    return b


@variant(
    "o02-cloud-platform-defects",
    (11,),
    "project, NAT-2021, operators inside the values, header of two lines: a rate given as "
    "hours, a complaint rate with ≥, a doubled operator",
)
def o02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 16, 20))
    title(s, "梧岭市政务云平台扩容项目绩效目标表（2026年）", 5)
    unit_line(s, WAN_LINE, 5)
    s.row("项目名称", "梧岭市政务云平台扩容", None, "项目单位", "梧岭市政务数据局", merge=[(2, 3)])
    s.row("资金总额", C(540, AMOUNT), None, "其中：财政资金", C(540, AMOUNT), merge=[(2, 3)])
    s.row(
        "年度目标",
        "新增云资源并完成迁移，云平台稳定运行，满足全市部门业务上云需求。",
        merge=[(2, 5)],
    )
    s.row("绩效指标", None, None, "指标值", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.table(
        [
            ("产出指标", "数量指标", "新增云服务器虚拟机", "≥600台"),
            (None, None, "迁移上云业务系统", "≥45个"),
            (
                None,
                "质量指标",
                "云平台运行可用率",
                mk("≥8750小时", "T105", "error", note="a rate given as hours of operation"),
            ),
            (None, None, "迁移系统数据完整率", "100%"),
            (None, "时效指标", "扩容部署完成时间", "2026年6月底前"),
            (
                None,
                None,
                "云平台故障修复及时率",
                mk("≥≤95%", "T116", "warning", note="two operators"),
            ),
            ("成本指标", "经济成本指标", "扩容设备及服务采购成本", "≤540万元"),
            ("效益指标", "社会效益指标", "部门业务系统上云率", "≥90%"),
            (
                None,
                None,
                "用户投诉率",
                mk("≥5%", "T108", "warning", row=True, note="反向 rate with ≥"),
            ),
            (None, "可持续影响指标", "云资源统一调度能力", "有效提升"),
            ("满意度指标", "服务对象满意度指标", "上云部门满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    signature(s, "陶屹", "贺岚", "0738-6620193", "2025.11.05")
    return b


@variant(
    "o11-stacked-systems-ok",
    (2, 1),
    "two IT projects stacked in one sheet from column B, OLD-NAT, one value column; the "
    "same indicator with different values in each project",
)
def o11() -> Book:
    """Correct: each project is its own table; 系统可用率 ≥99.5% and ≥99.9% belong to different
    systems; 42 + 26 = 68 and 35 = 35 + 0."""
    b = Book()
    s = b.sheet("项目绩效目标", (3, 14, 16, 30, 22, 12))
    title(s, "柘浦区数据资源局2026年度项目支出绩效目标表", 6, col=2)
    unit_line(s, WAN_LINE, 6, col=2)
    projects: list[tuple[str, str, float, float, float, str, list[tuple[Any, ...]]]] = [
        (
            "视频会议系统升级改造",
            "一次性项目",
            68,
            42,
            26,
            "完成区、街道两级视频会议系统高清化改造，会议保障零事故。",
            [
                ("产出指标", "数量指标", "改造视频会议室", "≥14间"),
                (None, None, "更新高清终端设备", "≥30套"),
                (None, "质量指标", "系统可用率", "≥99.5%"),
                (None, None, "重要会议保障成功率", "100%"),
                (None, "时效指标", "改造完成时间", "2026年第三季度"),
                (None, "成本指标", "单间会议室改造成本", "≤4.8万元"),
                ("效益指标", "社会效益指标", "线下会议减少比例", "≥20%"),
                ("满意度指标", "服务对象满意度指标", "参会单位满意度", "≥90%"),
            ],
        ),
        (
            "电子档案管理系统运维",
            "经常性项目",
            35,
            35,
            0,
            "保障电子档案系统稳定运行，档案数字化利用更便捷。",
            [
                ("产出指标", "数量指标", "系统运维服务时长", "12个月"),
                (None, "质量指标", "系统可用率", "≥99.9%"),
                (None, None, "档案数据丢失事件", ZERO_CAP),
                (None, "时效指标", "故障响应时间", "≤30分钟"),
                (None, None, "一般故障修复时间", "4小时内"),
                (None, "成本指标", "年度运维费用", "≤35万元"),
                ("效益指标", "社会效益指标", "电子档案在线查阅率", "≥80%"),
                (None, "可持续影响指标", "档案信息安全保障", "持续有效"),
                ("满意度指标", "服务对象满意度指标", "查档人员满意度", "≥90%"),
            ],
        ),
    ]
    for name, attr, total, fiscal, other, goal, rows in projects:
        s.skip()
        s.row("项目名称", name, None, "项目属性", attr, col=2, merge=[(3, 4)])
        s.row(
            "年度资金总额",
            C(total, AMOUNT),
            "财政拨款",
            C(fiscal, AMOUNT),
            "其他资金",
            C(other, AMOUNT),
            col=2,
        )
        s.row("年度目标", goal, col=2, merge=[(3, 6)])
        s.row("一级指标", "二级指标", "三级指标", "指标值", None, col=2, merge=[(5, 6)])
        s.table(rows, merged=(1, 2), col=2)
    s.skip()
    notes(s, ["说明：两个项目均由区数据资源局实施，资金已列入2026年部门预算。"], 5, col=2)
    return b


@variant(
    "o12-dates-in-every-form-ok",
    (4, 9),
    "project, NAT-2021, 时效 values as 2026年6月底前, 第三季度, an Excel date and 2026.06.30 "
    "text; comments, a protected sheet, hidden template rows",
)
def o12() -> Book:
    """Correct: every date lies in 2026; the hidden rows are the template's empty 生态 rows the
    sender hid rather than deleted (a reviewer who opens the file does not see them)."""
    b = Book()
    s = b.sheet("绩效目标", (14, 18, 30, 20, 18))
    title(s, "2026年度项目支出绩效目标申报表", 5)
    unit_line(s, WAN_LINE, 5)
    s.row(
        "项目名称",
        "霁云县城市运行视频感知平台建设",
        None,
        "实施单位",
        "霁云县城市管理局",
        merge=[(2, 3)],
    )
    s.row("项目期", "1年", None, "项目属性", "新增项目", merge=[(2, 3)])
    s.row(
        "年度资金总额", C(396.5, AMOUNT), None, "其中：财政拨款", C(396.5, AMOUNT), merge=[(2, 3)]
    )
    s.row(
        "年度目标",
        "6月底前完成前端点位建设，第三季度完成平台联调，年底前投入运行。",
        merge=[(2, 5)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    first = s.r + 1
    s.table(
        [
            ("产出指标", "数量指标", "新建视频感知点位", "≥260个", None),
            (None, None, "接入城管业务场景", "≥12类", None),
            (None, "质量指标", "点位在线率", "≥98%", None),
            (None, None, "平台验收合格率", "100%", None),
            (None, "时效指标", "前端点位建设完成时间", "2026年6月底前", None),
            (None, None, "平台联调完成时间", "第三季度", None),
            (None, None, "平台上线运行时间", day(2026, 10, 31, CN_DATE), None),
            (None, None, "项目竣工验收时间", "2026.12.20", "以合同约定为准"),
            ("成本指标", "经济成本指标", "单个点位建设成本", "≤1.1万元", None),
            ("效益指标", "社会效益指标", "城市管理问题主动发现率", "较上年提高10个百分点", None),
            (None, "生态效益指标", HIDDEN, None, None),
            (None, "可持续影响指标", "平台运行维护机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", None),
        ],
        merged=(1, 2),
    )
    hide(s, first + 10)
    s.row("满意度指标", "服务对象满意度指标", HIDDEN, None, "（模板示例行）")
    hide(s, s.r)
    comment(s, f"D{first + 6}", "日期按合同工期填写", "项目办")
    comment(s, f"C{first + 8}", "260个点位，设备+安装")
    protect(s)
    return b


@variant(
    "o14-service-hall-platform-defects",
    (1, 11),
    "project, OLD-NAT, operators in the value cells, ASCII and word operators: a doubled "
    "operator, a rate without %, a doubled percent sign",
)
def o14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 20))
    title(s, "2026年度项目支出绩效目标表", 5)
    unit_line(s, WAN_LINE, 5)
    s.row(
        "项目名称",
        "汀湄县“一网通办”平台功能升级",
        None,
        "主管部门",
        "汀湄县政务服务中心",
        merge=[(2, 3)],
    )
    s.row("资金总额", C(128, AMOUNT), None, "财政拨款", C(128, AMOUNT), merge=[(2, 3)])
    s.row("年度目标", "完成平台事项梳理和功能升级，提升网上办事比例和群众满意度。", merge=[(2, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")
    s.table(
        [
            ("产出指标", "数量指标", "梳理上线政务服务事项", "不少于860项", None),
            (None, None, "新增“一件事”集成服务", "≥15件", None),
            (
                None,
                "质量指标",
                "功能模块验收合格率",
                mk(">=95", "T105", "warning", alt=("T104", "T116"), note="rate without %"),
                None,
            ),
            (None, None, "系统平均响应时间", "≤2秒", "高峰时段"),
            (None, "时效指标", "功能升级完成时间", "2026年9月30日前", None),
            (None, "成本指标", "平台升级开发费用", "≤128万元", None),
            (
                "效益指标",
                "社会效益指标",
                "依申请事项网上办理率",
                mk("≥≤90%", "T116", "warning", note="two operators"),
                None,
            ),
            (None, None, "群众办事平均跑动次数", "≤0.3次", None),
            (None, "可持续影响指标", "平台数据共享机制", "逐步完善", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "办事群众满意度",
                mk("≥95%%", "T116", "warning", note="doubled percent sign"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    signature(s, "栾青", "易朔", "0746-3307215", day(2025, 11, 12))
    return b
