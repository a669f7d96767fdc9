"""Department returns (§3.2): task lists against 项目支出, budgets with a 占比 column or row,
a Dongguan table with 实施周期 and 年度 columns, and a flat list with weights."""

from __future__ import annotations

from openpyxl.styles import Alignment

from tests.variants.heads import department_head
from tests.variants.holdout99.common import filled_on, header, note, signature
from tests.variants.holdout99.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

W6 = (14, 18, 30, 16, 18, 16)
NAT = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "le07-civil-affairs-tasks",
    (12,),
    "department, NAT-2021, key tasks whose amounts add up to 项目支出 exactly; correct",
)
def le07() -> Book:
    b = Book()
    s = b.sheet("部门整体", W6)
    department_head(
        s,
        year=2027,
        dept="芦湾区民政局",
        budget=[(money(2860.5), money(2700.5), money(160), money(1120.3), money(1740.2))],
        tasks=[
            ("城乡低保和特困供养", "按月发放城乡低保金和特困人员供养金", money(1180), "应保尽保"),
            (
                "养老服务体系建设",
                "新建社区养老服务站6个，补助居家养老服务",
                money(365.2),
                "社区养老服务覆盖面扩大",
            ),
            ("社会救助信息化运维", "社会救助信息系统运行维护", money(86), "系统稳定运行"),
            ("婚姻登记和殡葬管理", "婚姻登记、惠民殡葬补贴", money(109), "服务规范便民"),
            ("金额合计", None, money(1740.2), None),
        ],
        goal="目标1：落实城乡低保、特困供养政策，做到应保尽保；目标2：新建社区养老服务站6个，"
        "完善居家社区养老服务网络；目标3：婚姻登记和殡葬服务规范便民。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    header(s, *NAT, "指标解释")
    s.table(
        [
            ("产出指标", "数量指标", "低保对象保障人数", "≥6800人", None),
            (None, None, "特困供养人员", "≥920人", None),
            (None, None, "新建社区养老服务站", "≥6个", None),
            (None, None, "办理婚姻登记", "≥3200对", None),
            (None, "质量指标", "低保对象动态管理准确率", "≥98%", "抽查核对"),
            (None, None, "养老服务站验收合格率", "≥95%", None),
            (None, "时效指标", "救助资金按月发放及时率", "≥98%", None),
            ("成本指标", "经济成本指标", "社区养老服务站单站建设成本", "≤35万元/个", None),
            ("效益指标", "社会效益指标", "困难群众应保尽保率", pct(1), None),
            (None, "可持续影响指标", "社会救助信息系统正常运行率", "≥99%", None),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "第三方调查"),
            (None, None, "老年人满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "谢雨桐", "0592-63210077", "林志强")
    return b


@variant(
    "le08-education-tasks-exceed",
    (12,),
    "department, NAT-2021, key tasks whose amounts "
    "add up to more than 项目支出, a repair deadline in the next summer",
)
def le08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    department_head(
        s, year=2027, dept="云屏县教育体育局",
        budget=[(money(9865.4, WAN), money(9600.4, WAN), money(265, WAN), money(7420.6, WAN),
                 mk(money(2444.8, WAN), "B101", "error", required=False, alt=("B102",)))],
        tasks=[
            ("学前教育保教费补助", "普惠性幼儿园保教费补助", money(612, WAN), "减轻家庭负担"),
            ("营养改善计划", "农村义务教育学生营养膳食补助", money(980.5, WAN), "学生营养改善"),
            ("校舍维修改造", "维修改造中小学校舍1.8万平方米", money(560, WAN), "消除校舍安全隐患"),
            ("教师培训", "全县中小学教师全员培训", money(148.3, WAN), "提升教师能力"),
            ("体育赛事和校园足球", "县级学生运动会、校园足球联赛", money(176, WAN), "增强学生体质"),
            ("金额合计", None,
             mk(money(2476.8, WAN), "B102", "error", alt=("B101",),
                note="the tasks add up to 2476.8, above 项目支出 2444.8"), None),
        ],
        goal="保障全县各级各类学校正常运转，落实学生资助和营养改善政策，完成校舍维修改造，"
        "提升教师队伍素质和学生体质健康水平。",
    )  # fmt: skip
    header(s, *NAT)
    s.table(
        [
            ("产出指标", "数量指标", "享受营养改善计划学生", "≥2.6万人"),
            (None, None, "维修改造校舍面积", "≥1.8万平方米"),
            (None, None, "培训中小学教师", "≥2400人次"),
            (None, "质量指标", "校舍维修工程验收合格率", "≥95%"),
            (None, None, "营养餐食品安全抽检合格率", "≥98%"),
            (
                None,
                "时效指标",
                "校舍维修改造完成时间",
                mk("2028年8月31日前", "Y102", "error", note="outside the budget year 2027"),
            ),
            ("成本指标", "经济成本指标", "校舍维修改造单位成本", "≤300元/平方米"),
            ("效益指标", "社会效益指标", "义务教育巩固率", "≥99%"),
            (None, "可持续影响指标", "校舍安全长效管理机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    signature(s, "杨帆", "0871-65437716")
    filled_on(s, "2026年11月20日")
    return b


def share_block(s: Sheet, dept: str, code: str, lines: list[tuple[str, object, object]]) -> None:
    """A department head whose budget is a column of amounts with a 占比 column beside it."""
    s.title("2027年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, None, merge=[(2, 3), (5, 6)])
    s.row("年度预算", "项目", "金额（万元）", "占比", None, None)
    top = s.r
    for label, amount, share in lines:
        s.row(None, label, amount, share)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.ws.cell(top, 1).alignment = Alignment(vertical="center")


@variant(
    "le09-justice-share-101",
    (12,),
    "department, NAT-2021, a budget column with a 占比 "
    "column; the shares of 基本支出 and 项目支出 add up to 101 %",
)
def le09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    share_block(s, "青萝区司法局", "418001", [
        ("资金总额", money(1486.2), pct(1)),
        ("其中：财政拨款", money(1406.2), pct(0.95)),
        ("其他资金", money(80), pct(0.05)),
        ("基本支出", money(918.4), pct(0.62)),
        ("项目支出", money(567.8),
         mk(pct(0.39), "B111", "error", alt=("B101",), note="567.8 / 1486.2 = 38 %")),
    ])  # fmt: skip
    s.row("部门职能", "负责全区法治宣传、人民调解、法律援助、社区矫正和公共法律服务体系建设。",
          merge=[(2, 6)])  # fmt: skip
    s.row("年度总体目标", "开展法治宣传活动120场，受理人民调解案件2600件，办理法律援助案件680件，"
          "社区矫正对象再犯罪率控制在0.2%以内。", merge=[(2, 6)])  # fmt: skip
    header(s, *NAT, "备注")
    s.table(
        [
            ("产出指标", "数量指标", "开展法治宣传活动", "≥120场", None),
            (None, None, "受理人民调解案件", "≥2600件", None),
            (None, None, "办理法律援助案件", "≥680件", None),
            (None, "质量指标", "人民调解成功率", "≥95%", None),
            (None, None, "法律援助案件质量评估合格率", "≥95%", "抽查评估"),
            (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", None),
            ("成本指标", "经济成本指标", "法律援助案件办案补贴标准", "≤2500元/件", None),
            ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%", None),
            (None, None, "群众法治宣传知晓率", "≥85%", None),
            (None, "可持续影响指标", "公共法律服务体系", "健全", None),
            ("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", "≥90%", None),
            (None, None, "人民调解当事人满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "唐晓", "0592-63055318", "邓红梅")
    return b


@variant(
    "le10-city-management-shares",
    (12,),
    "department, NAT-2021, an amount row and a 占比 "
    "row across seven columns, key tasks adding up to 项目支出; correct",
)
def le10() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (14, 16, 28, 16, 14, 14, 14))
    s.title("2027年度部门整体支出绩效目标申报表", 7)
    s.row("部门（单位）名称", "霁川市城市管理局", None, "填报日期", day(2026, 11, 16), None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("年度预算", None, "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    top = s.r
    s.row(None, "金额（万元）", money(3250), money(2990), money(260), money(1885), money(1365))
    s.row(None, "占比", pct(1), pct(0.92), pct(0.08), pct(0.58), pct(0.42))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          None, merge=[(5, 7)])  # fmt: skip
    top = s.r
    for t in (
        ("城市道路清扫保洁", "主次干道机械化清扫和人工保洁", money(620), "道路干净整洁"),
        ("市政设施维护", "市政道路、桥梁、排水设施维修养护", money(485), "设施完好运行"),
        ("城市照明运行", "路灯运行电费和维护", money(260), "亮灯率达标"),
        ("金额合计", None, money(1365), None),
    ):
        s.row(None, *t, merge=[(5, 7)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "保障城市道路清扫保洁、市政设施维护和城市照明正常运行，市容环境"
          "干净整洁有序，市民满意度持续提升。", merge=[(2, 7)])  # fmt: skip
    header(s, *NAT)
    s.table(
        [
            ("产出指标", "数量指标", "道路机械化清扫面积", "≥860万平方米"),
            (None, None, "维修市政道路", "≥4.5万平方米"),
            (None, None, "维护路灯", "≥1.26万盏"),
            (None, "质量指标", "道路清扫保洁质量达标率", "≥95%"),
            (None, None, "路灯亮灯率", "≥98%"),
            (None, "时效指标", "市政设施报修处置时限", "≤48小时"),
            ("成本指标", "经济成本指标", "道路清扫保洁单位成本", "≤0.7元/平方米"),
            ("效益指标", "社会效益指标", "城市道路完好率", "≥95%"),
            (None, "生态效益指标", "生活垃圾无害化处理率", pct(1)),
            (None, "可持续影响指标", "城市管理网格化机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    signature(s, "钱宇", "0736-82006631", "马丽")
    return b


@variant("le11-emergency-dongguan", (8, 1), "department, Dongguan layout (绩效指标 column, 成本 "
         "as tier-1, 实施周期 and 年度 columns); one 整改率 under two tier-2s with different "
         "values, a satisfaction typed 0.95 in a plain cell")  # fmt: skip
def le11() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (12, 14, 18, 30, 16, 16))
    department_head(
        s, year=2027, dept="芦湾区应急管理局", title="芦湾区部门整体支出预算绩效目标表（2027年度）",
        budget=[(money(1268.4), money(1268.4), money(0), money(702.1), money(566.3))],
        goal="开展安全生产执法检查1500家次，组织应急演练40场，培训企业安全管理人员3000人次，"
        "健全应急指挥体系，提升全区防灾减灾和应急处置能力。",
    )  # fmt: skip
    header(s, "绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    top = s.r
    s.table(
        [
            (None, "产出指标", "数量指标", "安全生产执法检查", "≥1500家次", "≥1500家次"),
            (None, None, None, "组织应急演练", "≥40场", "≥40场"),
            (None, None, None, "培训企业安全管理人员", "≥3000人次", "≥3000人次"),
            (
                None,
                None,
                "质量指标",
                "执法检查隐患整改率",
                mk("≥95%", "D102", "error", row=True, required=False, note="the pair's first row"),
                "≥95%",
            ),
            (None, None, "时效指标", "突发事件信息报送及时率", "≥98%", "≥98%"),
            (None, "成本指标", "经济成本指标", "应急物资储备采购成本", "≤120万元", "≤120万元"),
            (None, "效益指标", "社会效益指标", "群众安全应急知识知晓率", "≥85%", "≥85%"),
            (
                None,
                None,
                None,
                "执法检查隐患整改率",
                mk(
                    "≥90%",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "F201"),
                    note="the same indicator as under 质量指标, another value",
                ),
                "≥90%",
            ),
            (None, None, "可持续影响指标", "应急指挥体系", "健全", "健全"),
            (
                None,
                "满意度指标",
                "服务对象满意度指标",
                "企业对执法服务满意度",
                "≥95%",
                mk(
                    0.95,
                    "T105",
                    "error",
                    row=True,
                    alt=("T116", "T104", "T114", "D203"),
                    note="0.95 in a plain number cell: not 95%",
                ),
            ),
        ],
        merged=(2, 3),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.ws.cell(top, 1).alignment = Alignment(vertical="center")
    note(s, "说明：实施周期为2027年度。", 6)
    signature(s, "冯凯", "0592-63620984")
    return b


@variant(
    "le12-natural-resources-flat",
    (3,),
    "department, flat list (序号 · 指标名称 · 权重 · "
    "计量单位 · 指标性质 as operator · 指标值), percent cells, weights add to 100; correct",
)
def le12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 30, 12, 14, 14, 16))
    department_head(
        s, year=2027, dept="云屏县自然资源局",
        budget=[(money(4260), money(4100), money(160), money(2110), money(2150))],
        goal="完成土地整治3500亩、新增耕地420亩，做好不动产登记和测绘服务，加强地质灾害"
        "隐患点巡查和预警，守住耕地保护红线。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    header(s, "序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            (1, "不动产登记办件量", 12, "件", "≥", 28000),
            (2, "地质灾害隐患点巡查", 8, "次", "≥", 1200),
            (3, "完成土地整治面积", 10, "亩", "≥", 3500),
            (4, "新增耕地面积", 10, "亩", "≥", 420),
            (5, "不动产登记按时办结率", 10, "%", "≥", pct(0.98)),
            (6, "测绘成果质量合格率", 10, "%", "≥", pct(0.98)),
            (7, "不动产登记平均办理时限", 10, "个工作日", "≤", 3),
            (8, "土地整治亩均成本", 10, "元/亩", "≤", 2800),
            (9, "地质灾害预警信息发布及时率", 10, "%", "≥", pct(0.95)),
            (10, "群众满意度", 10, "%", "≥", pct(0.9)),
            ("合计", None, 100, None, None, None),
        ]
    )
    signature(s, "严冬", "0871-65590213", "蒋婷")
    return b
