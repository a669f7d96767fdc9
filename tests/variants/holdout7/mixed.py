"""Project and department tables from provincial departments of the invented 东岚省 with the
shapes that trip readers: an English/Chinese mixed header and a table in column C with a spacer
column, 元 in one block and 万元 in another, PDF artefacts in money, grade targets, a count of 0
that is right and one that cannot be."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout7.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, ok, pct


def _m(v: float, fmt: str = "0.00") -> C:
    return C(v, fmt)


@variant(
    "c10-bilingual-header-ok",
    (1, 7),
    "foreign-loan counterpart project, OLD-NAT, header "
    "in Chinese and English, table in column C with an empty spacer column, 万元 in the number "
    "format, operators written inside the values in every usual way",
)
def c10() -> Book:
    b = Book()
    s = b.sheet("Targets 绩效目标", (3, 3, 20, 20, 30, 2, 16, 20))
    s.row("2026年度项目支出绩效目标表 Project Performance Targets FY2026", col=3, merge=[(3, 8)])
    s.row(
        "项目名称 Project Name",
        "东岚省农村养老服务设施改造项目（外贷配套） Rural Elderly Care "
        "Facilities Upgrading (counterpart funds)",
        col=3,
        merge=[(4, 8)],
    )
    s.row("实施单位 Implementing Agency", "东岚省民政厅外资项目办公室", None, None,
          "项目属性 Type", "新增项目", col=3, merge=[(4, 6)])  # fmt: skip
    s.row("项目期 Duration", "1年", "计划开始日期 Start", day(2026, 3, 1),
          "计划完成日期 End", day(2026, 12, 31), col=3)  # fmt: skip
    s.row("资金总额 Total Funds", _m(2360, WAN), "其中：财政拨款 Fiscal", _m(1560, WAN),
          "其他资金（贷款） Loan", _m(800, WAN), col=3)  # fmt: skip
    s.row(
        "年度绩效目标 Annual Objective",
        "2026年改造乡镇养老服务中心24个，新增护理型床位720张，农村失能老人集中照护能力显著提升。",
        col=3,
        merge=[(4, 8)],
    )
    s.table(
        [
            (
                "一级指标 Level-1 Indicator",
                "二级指标 Level-2 Indicator",
                "三级指标 Indicator",
                None,
                "指标值 Target",
                "备注 Remarks",
            ),
            ("产出指标", "数量指标", "改造乡镇养老服务中心", None, "≥24个", None),
            (None, None, "新增护理型床位", None, "≥720张", None),
            (None, "质量指标", "改造工程验收合格率", None, pct(1), None),
            (None, None, "竣工资料归档完整率", None, "95%以上", None),
            (None, "时效指标", "改造工程完工时间", None, "2026年11月30日前", None),
            (None, None, "设备到货安装时限", None, "合同签订后30日内", None),
            (None, None, "工程款支付时限", None, "≤30个工作日", "收到发票后"),
            (None, "成本指标", "单个中心平均改造成本", None, "≤95万元/个", None),
            ("效益指标", "社会效益指标", "农村失能老人集中照护能力", None, "显著提升", None),
            (None, None, "养老服务中心床位入住率", None, "不低于60%", None),
            (None, "可持续影响指标", "设施运营管护机制", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "入住老人及家属满意度", None, "不低于90%", None),
        ],
        merged=(1, 2),
        col=3,
    )
    return b


@variant(
    "c11-bilingual-header-defects",
    (6, 7, 13),
    "World Bank counterpart project, OLD-NAT, "
    "header English first, table in column B with a unit column: a rate >=95 without %, a "
    "时效 row left from the template, a value without a name",
)
def c11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 16, 18, 30, 14, 12))
    s.row("2026年度项目支出绩效目标表 Performance Target Form", col=2, merge=[(2, 6)])
    s.row("项目名称 Project", "基层医疗卫生机构设备更新项目（世界银行贷款配套）", col=2,
          merge=[(3, 6)])  # fmt: skip
    s.row("主管部门 Agency", "东岚省卫生健康委员会", None, "项目期 Period", "1年", col=2,
          merge=[(3, 4)])  # fmt: skip
    s.row("资金总额（万元）", _m(1800), "财政拨款", _m(1200), None, col=2)
    s.row(None, None, "其他资金（贷款）", _m(600), None, col=2)
    s.row(
        "年度目标 Objective",
        "2026年为60家乡镇卫生院更新DR设备，培训操作人员360人次，基层影像检查服务能力显著提升。",
        col=2,
        merge=[(3, 6)],
    )
    s.table(
        [
            (
                "Level 1 一级指标",
                "Level 2 二级指标",
                "Indicator 三级指标",
                "Target 指标值",
                "Unit 计量单位",
            ),
            ("产出指标", "数量指标", "更新乡镇卫生院DR设备", "≥60", "台"),
            (None, None, "培训设备操作人员", "≥360", "人次"),
            (
                None,
                "质量指标",
                "设备安装验收合格率",
                mk(">=95", "T105", "error", alt=("T104", "T116"), note="a rate without %"),
                None,
            ),
            (None, mk("时效指标", "F109", "warning", row=True), None, None, None),
            (None, "成本指标", "单台DR设备采购成本", "≤25", "万元/台"),
            ("效益指标", "社会效益指标", "乡镇卫生院影像检查服务能力", "显著提升", None),
            (None, None, mk(None, "F110", "error"), "≥85", "%"),
            (None, "可持续影响指标", "设备运维保障机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90", "%"),
        ],
        merged=(1, 2),
        col=2,
    )
    return b


@variant(
    "c12-yuan-and-wan-blocks-ok",
    (12,),
    "one-year project, OLD-NAT, head money in 万元 and a "
    "budget detail block in 元, each block labelled, the two agreeing; operator and unit columns",
)
def c12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 20, 28, 10, 14, 12))
    project_head(
        s,
        year=2026,
        name="省级应急广播体系建设补助",
        dept="东岚省广播电视局",
        unit="东岚省应急广播中心",
        attr="一次性项目",
        money=[
            ("资金总额", _m(186.40), "其中：财政拨款", _m(160.00)),
            ("其他资金", _m(26.40), None, None),
        ],
        goals=(
            "2026年建成县级应急广播平台4个，新增村级应急广播终端1200套，应急信息覆盖"
            "行政村比例达到95%以上。",
        ),
    )
    b.file_mark(
        "B105",
        "warning",
        required=False,
        note="元 and 万元 in two labelled blocks that agree: style at most",
    )
    top = s.row("预算明细（单位：元）", "支出内容", "测算依据", "金额（元）", None, None,
                merge=[(4, 6)])  # fmt: skip
    for name, basis, v in (("设备购置费", "县级平台4套、村级终端1200套", 1120000),
                           ("安装调试费", "按设备费约21%测算", 236000),
                           ("人员培训费", "县乡村三级运维人员培训", 98000),
                           ("运行维护费", "平台及终端首年运维", 410000),
                           ("合计", None, 1864000)):  # fmt: skip
        s.row(None, name, basis, _m(v, "#,##0.00"), None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
            ("产出指标", "数量指标", "新建县级应急广播平台", "≥", 4, "个"),
            (None, None, "新增村级应急广播终端", "≥", 1200, "套"),
            (None, "质量指标", "系统联调测试通过率", "=", 100, "%"),
            (None, "时效指标", "平台建成时间", "≤", "2026年10月31日", None),
            (None, "成本指标", "单套终端平均购置成本", "≤", 800, "元/套"),
            ("效益指标", "社会效益指标", "应急信息覆盖行政村比例", "≥", 95, "%"),
            (None, "可持续影响指标", "应急广播运维机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "c13-money-pdf-artefacts",
    (9, 12),
    "two-year project, OLD-NAT, 万元 with four decimals "
    "pasted from a PDF: a split 中期 total, an amount pasted twice, detail lines not adding to "
    "their 合计",
)
def c13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    f4 = "0.0000"
    project_head(
        s,
        year=2025,
        years=2,
        name="省级地质灾害监测预警设备购置",
        dept="东岚省自然资源厅",
        unit="东岚省地质环境监测总站",
        money=[
            (
                "中期资金总额",
                mk("1205.337 6", "X105", "warning", alt=("X103",)),
                "年度资金总额",
                _m(480, f4),
            ),
            ("其中：财政拨款", _m(1000, f4), "其中：财政拨款", _m(400, f4)),
            ("其他资金", _m(205.3376, f4), "其他资金", _m(80, f4)),
        ],
        goals=(
            "两年内新建地质灾害隐患点自动监测站420处，受威胁群众预警覆盖6.2万人。",
            "2025年新建自动监测站180处，汛前完成安装，预警覆盖2.8万人。",
        ),
    )
    top = s.row("年度预算明细（万元）", "支出项目", "金额", "测算说明", None, None,
                merge=[(4, 6)])  # fmt: skip
    s.row(None, "设备购置", mk("320万320万（含运输）", "X106", "error", alt=("B108",)),
          "180处×1.75万元+运输5万元", None, None, merge=[(4, 6)])  # fmt: skip
    s.row(None, "安装调试", _m(95), None, None, None, merge=[(4, 6)])
    s.row(None, "人员培训", _m(22.5), None, None, None, merge=[(4, 6)])
    s.row(None, "运行维护", _m(38), None, None, None, merge=[(4, 6)])
    s.row(None, "合计", mk(_m(480), "B102", "error", row=True, alt=("B101",),
                           note="320 + 95 + 22.5 + 38 = 475.5"), None, None, None,
          merge=[(4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
            ("产出指标", "数量指标", "新建隐患点自动监测站", "≥420处", "≥180处"),
            (None, "质量指标", "监测设备在线率", "≥95%", "≥95%"),
            (None, "时效指标", "汛前设备安装完成时间", "每年4月30日前", "2025年4月30日前"),
            (None, "成本指标", "单站设备购置成本", "≤1.75万元/处", "≤1.75万元/处"),
            ("效益指标", "社会效益指标", "受威胁群众预警覆盖", "≥6.2万人", "≥2.8万人"),
            (None, "可持续影响指标", "监测预警运维机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "c14-department-grades-ok",
    (4, 5, 12),
    "department table of a provincial bureau, "
    "NAT-2021 as locally adopted: budget and tasks adding up, grade targets (优, 显著提升, "
    "逐年改善), a legitimate 0起, a note and signature lines",
)
def c14() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2026,
        dept="东岚省水利厅（本级）",
        filled=day(2025, 10, 28),
        budget=[(_m(5860), _m(5200), _m(660), _m(2340), _m(3520))],
        tasks=[
            (
                "水旱灾害防御",
                "汛期监测预警、山洪灾害防治非工程措施运行维护",
                _m(1200),
                "水旱灾害防御能力显著提升",
            ),
            ("河湖长制", "重点河湖健康评价、岸线清理整治", _m(860), "重点河湖生态流量达标率≥90%"),
            ("水资源管理", "取用水监管、节水型社会建设", _m(740), "用水总量控制在下达指标以内"),
            ("病险水库除险加固", "完成18座小型病险水库除险加固", _m(720), "年底前完成主体工程"),
            ("金额合计", None, _m(3520), None),
        ],
        goal="目标1：完成18座小型病险水库除险加固，水旱灾害防御能力显著提升；"
        "目标2：开展12条重点河湖健康评价，重点河湖生态流量达标率达到90%以上；"
        "目标3：落实最严格水资源管理制度，水资源管理水平逐年改善。",
    )
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"),
            ("产出指标", "数量指标", "完成小型病险水库除险加固", "≥18座", "计划标准"),
            (None, None, "开展重点河湖健康评价", "≥12条", "计划标准"),
            (None, "质量指标", "水利工程质量考核等级", "优", "行业标准"),
            (
                None,
                None,
                "重大水利安全生产事故",
                ok("0起", note="a 0 count needs no operator"),
                "行业标准",
            ),
            (None, "时效指标", "除险加固主体工程完工时间", "2026年12月31日前", "计划标准"),
            ("成本指标", "经济成本指标", "小型水库除险加固平均投入", "≤40万元/座", "历史标准"),
            ("效益指标", "社会效益指标", "水旱灾害防御能力", "显著提升", None),
            (None, "生态效益指标", "重点河湖生态流量达标率", "≥90%", "行业标准"),
            (None, "可持续影响指标", "水资源管理水平", "逐年改善", None),
            ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", "历史标准"),
        ],
        merged=(1, 2),
    )
    s.row("注：一级指标按财预〔2021〕101号的四类填列；金额单位为万元。", merge=[(1, 6)])
    s.row("单位负责人：何立群", None, "填表人：苏婷", "联系电话：0731-84460172")
    return b


@variant(
    "c15-grades-zero-defects",
    (5, 11),
    "one-year project, OLD-NAT, values with grades: a "
    "达标率 given as a grade, a safety facility count of 0, 服务对象满意度指标 under 效益指标 "
    "(a legitimate 0起 next to them)",
)
def c15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="省级农村公路安全生命防护工程补助",
        dept="东岚省交通运输厅",
        unit="东岚省公路事务中心",
        money=[("资金总额", _m(2600), "其中：财政拨款", _m(2600)), ("其他资金", _m(0), None, None)],
        goals=(
            "2026年完成农村公路安全生命防护工程750公里，路侧险要路段不发生重大交通"
            "事故，公路安全通行水平逐年改善。",
        ),
    )
    b.file_mark("F106", "error", required=False, note="follows from the misplaced 满意度 tier-2")
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
            ("产出指标", "数量指标", "实施安全生命防护工程里程", "≥750公里", None, None),
            (
                None,
                None,
                "增设波形护栏等安全防护设施",
                mk("≥0处", "T115", "error", row=True, alt=("T101",)),
                None,
                None,
            ),
            (None, "质量指标", "工程交工验收质量等级", "优良", None, None),
            (
                None,
                None,
                "防护设施养护质量达标率",
                mk("良好", "T105", "error", alt=("T109", "T102")),
                None,
                None,
            ),
            (None, "时效指标", "工程完工时间", "2026年11月30日前", None, None),
            (None, "成本指标", "单公里防护工程平均补助", "≤3.2万元/公里", None, None),
            ("效益指标", "社会效益指标", "路侧险要路段重大交通事故", ok("0起"), None, None),
            (None, None, "公路安全通行水平", "逐年改善", None, None),
            (None, "可持续影响指标", "安全防护设施管养机制", "健全", None, None),
            (
                None,
                mk("服务对象满意度指标", "F105", "error", row=True),
                "沿线群众满意度",
                "≥90%",
                None,
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b
