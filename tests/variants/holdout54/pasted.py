"""Returns pasted from a web system or converted page by page: stray spaces inside words, tiers
repeated in every row, stacked projects with page numbers between them, a flat list with units
in its headers; three of them with planted mistakes."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout54.converted import sign
from tests.variants.holdout54.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant(
    "jl07-web-paste-spaces",
    (4, 9),
    "department, NAT-2021, pasted from a web system: a 序号 column, stray spaces inside names "
    "(知 晓 率, 满 意 度), trailing spaces in values, tiers repeated in every row",
)
def jl07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 18, 18, 30, 18, 18))
    department_head(
        s,
        year=2027,
        dept="白沙河区司法局",
        budget=[
            (
                money(842.6, WAN),
                money(842.6, WAN),
                money(0, WAN),
                money(612.6, WAN),
                money(230, WAN),
            ),
        ],
        tasks=[
            (
                "法律援助",
                "为经济困难群众提供法律援助",
                money(120, WAN),
                "办理法律援助案件900件以上",
            ),
            (
                "人民调解",
                "村（社区）人民调解委员会以案定补",
                money(60, WAN),
                "受理人民调解案件1500件以上",
            ),
            ("普法宣传", "法治宣传进社区、进学校、进企业", money(50, WAN), "开展普法活动60场以上"),
            ("金额合计", None, money(230, WAN), None),
        ],
        goal="做好法律援助、人民调解和普法宣传，预防和化解矛盾纠纷，提升群众法治意识。",
    )
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标值 ")
    s.table(
        [
            (1, "产出指标", "数量指标", "办理法律援助案件数", "≥ 900件"),
            (2, "产出指标", "数量指标", "人民调解案件受理数", "≥1500件 "),
            (3, "产出指标", "数量指标", "普法宣传活动场次", "≥60场"),
            (4, "产出指标", "质量指标", "法律援助案件结案合格率", "≥95% "),
            (5, "产出指标", "质量指标", "人民调解成功率", "≥96 %"),
            (6, "产出指标", "时效指标", "法律援助申请审查办结时限", "≤7个工作日"),
            (7, "成本指标", "经济成本指标", "法律援助案件平均办案补贴", "≤1200元/件"),
            (8, "效益指标", "社会效益指标", "群众法治宣传知 晓 率", "≥85%"),
            (9, "效益指标", "社会效益指标", "民间纠纷转化为刑事案件数", "≤3件"),
            (10, "效益指标", "可持续影响指标", "村（社区）法律顾问覆盖率", "=100%"),
            (11, "满意度指标", "服务对象满 意 度指标", "受援群众满 意 度", "≥90%"),
        ]
    )
    s.row(None, "共 1 页  第 1 页")
    return b


def _school_rows(year: int) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "维修改造校舍面积", "≥1.2万平方米"),
        (None, None, "改造学校厕所数量", "≥18个"),
        (None, "质量指标", "维修工程竣工验收合格率", "=100%"),
        (None, "时效指标", "工程竣工时间", f"{year}年8月31日前"),
        (None, "成本指标", "校舍维修单位造价", "≤300元/平方米"),
        ("效益指标", "社会效益指标", "校舍安全隐患整改率", "=100%"),
        (None, "可持续影响指标", "维修改造设施使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]


@variant(
    "jl08-stacked-page-numbers",
    (2, 4, 9),
    "two projects stacked in one sheet, OLD-NAT, converted page by page: a page number and a "
    "running head between the projects, values inline",
)
def jl08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    project_head(
        s,
        year=2027,
        name="临川县中小学校舍维修改造项目",
        dept="临川县教育体育局（409）",
        unit="临川县教育体育局",
        money=[
            ("资金总额", money(450, WAN), "其中：财政拨款", money(400, WAN)),
            ("其他资金", money(50, WAN), None, None),
        ],
        goals=["完成1.2万平方米校舍维修改造和18个学校厕所改造，暑期内竣工，消除校舍安全隐患。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(_school_rows(2027), merged=(1, 2))
    s.row(None, None, "- 1 -")
    s.row("临川县教育体育局2027年度项目支出绩效目标申报表")
    project_head(
        s,
        year=2027,
        title="",
        name="临川县学生营养改善计划配套项目",
        dept="临川县教育体育局（409）",
        unit="临川县学生资助管理中心",
        attr="常年项目",
        money=[
            ("资金总额", money(612, WAN), "其中：财政拨款", money(612, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["为8500名农村义务教育学生提供营养膳食补助，配餐食品安全抽检全部合格。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "营养膳食补助受益学生人数", "≥8500人"),
            (None, "质量指标", "配餐食品安全抽检合格率", "=100%"),
            (None, "时效指标", "补助资金拨付及时率", "≥95%"),
            (None, "成本指标", "县级配套膳食补助标准", "≤3.6元/人·天"),
            ("效益指标", "社会效益指标", "农村学生营养不良检出率", "≤5%"),
            (None, "可持续影响指标", "营养餐供餐学校覆盖率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "- 2 -")
    return b


@variant(
    "jl09-flat-units-in-headers",
    (3, 10),
    "department, flat list (序号 · 指标名称 · 比较符 · 指标值（年度） · 计量单位 · 权重（分）), "
    "percent cells, weights adding to 100",
)
def jl09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 30, 10, 16, 14, 12))
    department_head(
        s,
        year=2027,
        dept="丰源县市场监督管理局",
        budget=[
            (
                money(1560.8, WAN),
                money(1480.8, WAN),
                money(80, WAN),
                money(1140.8, WAN),
                money(420, WAN),
            ),
        ],
        goal="强化食品、特种设备和产品质量安全监管，提升市场主体登记和消费维权服务效率。",
    )
    s.row("年度绩效指标")
    s.row("序号", "指标名称", "比较符", "指标值（年度）", "计量单位", "权重（分）")
    s.table(
        [
            (1, "食品安全监督抽检批次", "≥", 1200, "批次", 15),
            (2, "在用特种设备定期检验率", "≥", pct(0.98), "%", 10),
            (3, "企业开办登记办理时限", "≤", 1, "个工作日", 10),
            (4, "消费投诉按时办结率", "≥", pct(0.95), "%", 15),
            (5, "监督抽查不合格产品后处理率", "=", pct(1), "%", 10),
            (6, "食品抽检单批次检测费用", "≤", 1500, "元/批次", 10),
            (7, "辖区重大食品安全事故发生起数", "≤", 0, "起", 10),
            (8, "投诉举报热线接通率", "≥", pct(0.9), "%", 10),
            (9, "服务对象满意度", "≥", pct(0.9), "%", 10),
        ]
    )
    s.row(None, "合计", None, None, None, 100)
    sign(s, "郑宇航", "0794-7716023", (2026, 11, 20))
    return b


@variant(
    "jl10-text-money-fullwidth-rate",
    (1, 9, 12),
    "project, OLD-NAT, money in 元 as text with separators: the total is not 财政拨款 + 其他资金; "
    "full-width values, one acceptance rate above 100 %",
)
def jl10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    note = "converted from PDF: an amount as text with separators"
    project_head(
        s,
        year=2027,
        name="青岚市全民健身设施补短板项目",
        dept="青岚市体育局（231）",
        unit="青岚市体育场馆服务中心",
        attr="一次性项目",
        money_label="项目资金（元）",
        money=[
            (
                "资金总额",
                mk(
                    ok("3,280,500.00", "error", note=note),
                    "B101",
                    "error",
                    row=True,
                    note="3,080,500.00 + 180,000.00 = 3,260,500.00, not 3,280,500.00",
                ),
                "其中：财政拨款",
                ok("3,080,500.00", note=note),
            ),
            ("其他资金", ok("180,000.00", "error", note=note), None, None),
        ],
        goals=["新建社区健身路径40处、笼式足球场6个，年底前全部投入使用。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建社区健身路径", "≥４０处"),
            (None, None, "新建笼式足球场", "≥６个"),
            (
                None,
                "质量指标",
                "健身器材安装验收合格率",
                mk("≥１０２％", "T106", "error", note="an acceptance rate is capped at 100 %"),
            ),
            (None, "时效指标", "项目完工时间", "２０２７年１０月３１日前"),
            (None, "成本指标", "单处健身路径建设成本", "≤５万元/处"),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥４２％"),
            (None, "可持续影响指标", "健身设施完好率", "≥９０％"),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥９０％"),
        ],
        merged=(1, 2),
    )
    sign(s, "施航", "0791-8862034", (2026, 11, 9))
    return b


@variant(
    "jl11-year-and-page-duplicate",
    (4, 9),
    "project, NAT-2021, converted page by page: plan dates left at last year, one indicator "
    "listed again after the page break with another target",
)
def jl11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    s.title(ok("2027年度项目支出绩效目标申报表", "error", note="the title year is right"), 6)
    s.row(
        "项目名称",
        "白沙河区爱国卫生运动专项经费",
        None,
        "主管部门及代码",
        "白沙河区卫生健康局（305）",
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位", "白沙河区爱国卫生服务中心", None, "项目属性", "常年项目", merge=[(2, 3), (5, 6)]
    )
    s.row(
        "项目期",
        "1年",
        "计划开始日期",
        mk(
            day(2026, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="the plan dates are 2026 while the title and the goal say 2027",
        ),
        "计划完成日期",
        ok(day(2026, 12, 31), "error"),
    )
    s.row("项目资金（万元）", "资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN))
    s.row(None, "其他资金", money(0, WAN), None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goal = (
        "2027年在32个社区开展病媒生物防制消杀，开展健康教育宣传活动48场，"
        "病媒生物密度控制水平达到国家标准。"
    )
    s.row("年度绩效目标", ok(goal, "error", note="the goal's year is right"), merge=[(2, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "病媒生物防制消杀覆盖社区数", "≥32个"),
            (None, None, "健康教育宣传活动场次", "≥48场"),
            (None, "质量指标", "病媒生物密度控制达标率", ok("≥90%", "error")),
            (None, "时效指标", "病媒孳生地问题整改时限", "≤15个工作日"),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "第 1 页 共 2 页")
    s.row("白沙河区卫生健康局项目支出绩效目标申报表（续）")
    s.table(
        [
            (
                "产出指标",
                "质量指标",
                "病媒生物密度控制达标率",
                mk(
                    "≥95%",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="already listed before the page break with ≥90%",
                ),
            ),
            ("成本指标", "经济成本指标", "单个社区年度消杀服务费", "≤2.5万元/个"),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%"),
            (None, "可持续影响指标", "国家卫生区复审", "达标"),
            ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "第 2 页 共 2 页")
    return b


@variant(
    "jl12-malformed-thresholds",
    (9,),
    "department, NAT-2021, pasted from a web system, tiers repeated: a percent sign before its "
    "number (≥%95), two operators in one value (≤≥0.5%), a coverage rate given in persons",
)
def jl12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 18, 18, 18))
    department_head(
        s,
        year=2027,
        dept="临溪县人力资源和社会保障局",
        budget=[
            (
                money(2016.3, WAN),
                money(1956.3, WAN),
                money(60, WAN),
                money(1516.3, WAN),
                money(500, WAN),
            ),
        ],
        tasks=[
            ("就业培训", "职业技能培训及就业服务", money(280, WAN), "培训2500人次以上"),
            ("社保经办", "社保待遇核定发放及经办能力建设", money(150, WAN), "待遇按时足额发放"),
            ("劳动保障监察", "欠薪治理和劳动保障监察执法", money(70, WAN), "案件按期结案"),
            ("金额合计", None, money(500, WAN), None),
        ],
        goal="稳定和扩大就业，提升社保经办服务质量，维护劳动者合法权益。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "城镇新增就业人数", "≥3200人"),
            ("产出指标", "数量指标", "职业技能培训人次", "≥2500人次"),
            (
                "产出指标",
                "数量指标",
                "农民工职业技能培训覆盖率",
                mk("≥300人", "T105", "error", note="a coverage rate given in persons"),
            ),
            (
                "产出指标",
                "质量指标",
                "社保待遇核定准确率",
                mk("≥%95", "T116", "warning", alt=("T105",), note="the % before the number"),
            ),
            (
                "产出指标",
                "质量指标",
                "社保经办业务差错率",
                mk("≤≥0.5%", "T116", "warning", note="two operators in one value"),
            ),
            ("产出指标", "质量指标", "劳动保障监察案件结案率", "≥95%"),
            ("产出指标", "时效指标", "社保待遇发放及时率", "=100%"),
            ("成本指标", "经济成本指标", "职业技能培训人均补贴", "≤1000元/人次"),
            ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%"),
            ("效益指标", "可持续影响指标", "基本养老保险参保率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
        ]
    )
    sign(s, "吴立群", "0793-5521108", (2026, 11, 20))
    return b
