"""Returns converted from PDF: full-width digits and signs in text values, a page break's header
repeated inside the table, a header split over two rows, footnotes under the table, stacked
projects (kp07–kp12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout84.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok


@variant(
    "kp07-pdf-fullwidth-pagebreak",
    (9, 4),
    "project, NAT-2021, PDF conversion: ≥９５％ text values, the "
    "header repeated after a page break, footnotes",
)
def kp07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 24, 10))
    project_head(
        s,
        year=2026,
        name="霁山县农村公路养护",
        dept="霁山县交通运输局",
        unit="霁山县公路事业发展中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(540, WAN), "其中：财政拨款", money(500, WAN)),
            (None, None, "其他资金", money(40, WAN)),
        ],
        goals=[
            "完成县乡道日常养护680公里，加固改造危桥5座，实施安全生命防护工程42公里，优良路率不低于85%。"
        ],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None)
    s.row(*header)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "县乡道日常养护里程",
                "≥６８０公里",
                "全年日常养护总里程",
                None,
            ),
            (None, None, "危桥加固改造", "≥５座", "四、五类危桥", None),
            (None, None, "安全生命防护工程实施里程", "≥４２公里", None, None),
            (None, "质量指标", "养护路段优良路率", "≥８５％", "按公路技术状况评定", None),
            (None, None, "危桥改造验收合格率", "＝１００％", None, None),
            (None, "时效指标", "水毁路段抢通时间", "≤４８小时", "自灾情发生起计", None),
        ],
        merged=(1, 2),
    )
    s.row("霁山县交通运输局", None, None, None, "第 1 页 共 2 页", None)
    s.row(*header)
    s.table(
        [
            ("成本指标", "经济成本指标", "县乡道日常养护单位成本", "≤０.５万元/公里", None, None),
            (None, None, "危桥加固单座成本", "≤３０万元/座", None, None),
            ("效益指标", "社会效益指标", "沿线受益行政村", "≥１２６个", None, None),
            (None, "可持续影响指标", "养护路段设计使用年限", "≥１０年", None, None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥９０％", "抽样问卷调查", None),
        ],
        merged=(1, 2),
    )
    s.row(
        "注：1.指标值中“≥”表示不低于，“≤”表示不高于；2.优良路率按公路技术状况评定标准计算。",
        merge=[(1, 6)],
    )
    s.row("霁山县交通运输局", None, None, None, "第 2 页 共 2 页", None)
    return b


@variant(
    "kp08-pdf-split-header",
    (7, 9),
    "project, OLD-NAT, PDF conversion: header words split over "
    "two rows (一级 / 指标), tiers written once with blanks below, "
    "value and unit columns",
)
def kp08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 14, 12, 14))
    project_head(
        s,
        year=2026,
        name="松桥区社区居家养老服务补贴",
        dept="松桥区民政局",
        unit="松桥区养老服务指导中心",
        money=[
            ("年度资金总额", money(612, WAN), "其中：财政拨款", money(582, WAN)),
            (None, None, "其他资金", money(30, WAN)),
        ],
        goals=["为1700名经济困难的高龄、失能老年人提供居家养老服务补贴，提供上门服务6万人次以上。"],
    )
    s.row("一级", "二级", "三级", "指标值", "计量", "备注")
    s.row("指标", "指标", "指标", None, "单位", None)
    rows = [
        ("产出指标", "数量指标", "享受居家养老服务补贴老年人数", "不少于1700", "人", None),
        (None, None, "上门服务人次", "不少于60000", "人次", None),
        (None, None, "社区养老服务站点", "不少于18", "个", None),
        (None, "质量指标", "服务质量抽查合格率", "不低于95", "%", None),
        (None, "时效指标", "补贴按月发放及时率", "100", "%", None),
        (None, "成本指标", "人均月补贴标准", "不超过300", "元/人·月", "按12个月计"),
        ("效益指标", "社会效益指标", "失能半失能老年人照护服务覆盖率", "不低于80", "%", None),
        (None, "可持续影响指标", "养老服务站点持续运营率", "不低于95", "%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "不低于90", "%", None),
    ]
    for r in rows:
        s.row(*r)
    s.row(
        "注：补贴人数以年末在册人数计，补贴标准按松桥区居家养老服务补贴办法执行。", merge=[(1, 6)]
    )
    s.skip()
    s.row("填报单位（盖章）：松桥区民政局", None, None, "填报日期：2025年11月20日", None, None)
    return b


@variant(
    "kp09-pdf-money-repeated-row",
    (9, 12),
    "project, OLD-NAT, PDF conversion with a page break: 资金总额 ≠ "
    "财政拨款 + 其他资金, the last row of page 1 repeated on page 2",
)
def kp09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 10))
    project_head(
        s,
        year=2026,
        name="东篱县林业有害生物防治",
        dept="东篱县林业局",
        unit="东篱县森林病虫害防治检疫站",
        money=[
            (
                "年度资金总额",
                mk(money(95, WAN), "B101", "error", row=True, note="80 + 20 = 100"),
                "其中：财政拨款",
                money(80, WAN),
            ),
            (None, None, "其他资金", money(20, WAN)),
        ],
        goals=["完成松材线虫病等林业有害生物监测和防治，防治面积1.2万亩，成灾率控制在规定范围内。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标值", "评分标准", None)
    s.row(*header)
    s.table(
        [
            ("产出指标", "数量指标", "林业有害生物防治面积", "≥１.２万亩", "按完成比例计分", None),
            (None, None, "疫木清理数量", "≥８０００株", None, None),
            (None, None, "监测诱捕器布设", "≥３００套", None, None),
        ],
        merged=(1, 2),
    )
    s.row("东篱县林业局", None, None, None, "第 1 页", None)
    s.row(*header)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                mk(
                    "监测诱捕器布设",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="page 1's last row again",
                ),
                "≥３００套",
                None,
                None,
            ),
            (None, "质量指标", "防治作业验收合格率", "≥９５％", None, None),
            (None, "时效指标", "疫情发现处置时限", "≤７个工作日", None, None),
            (None, "成本指标", "每亩防治成本", "≤６０元/亩", None, None),
            ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤３‰", None, None),
            (None, "可持续影响指标", "监测预警网络覆盖率", "≥９０％", None, None),
            ("满意度指标", "服务对象满意度指标", "林农满意度", "≥８５％", None, None),
        ],
        merged=(1, 2),
    )
    s.row("东篱县林业局", None, None, None, "第 2 页", None)
    return b


@variant(
    "kp10-pdf-stacked-two",
    (2, 9),
    "two projects of one bureau stacked on one sheet from a PDF, "
    "OLD-NAT, one value column with full-width digits and word "
    "operators",
)
def kp10() -> Book:
    b = Book()
    s = b.sheet("项目表", (14, 16, 30, 20, 14, 14))
    project_head(
        s,
        year=2026,
        name="临溪县全民健身赛事活动",
        dept="临溪县文化广电体育和旅游局",
        unit="临溪县体育事业发展中心",
        money=[
            ("年度资金总额", money(85, WAN), "其中：财政拨款", money(75, WAN)),
            (None, None, "其他资金", money(10, WAN)),
        ],
        goals=["举办县级全民健身赛事活动２４场，参与群众３万人次以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table(
        [
            ("产出指标", "数量指标", "举办县级全民健身赛事活动", "不少于２４场", None, None),
            (None, None, "参与群众人次", "３万人次以上", None, None),
            (None, "质量指标", "赛事活动安全保障达标率", "１００％", None, None),
            (None, "时效指标", "赛事活动按计划举办率", "不低于９５％", None, None),
            (None, "成本指标", "单场赛事平均经费", "不超过３.５万元/场", None, None),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "不低于４２％", None, None),
            (None, "可持续影响指标", "品牌赛事连续举办年数", "不少于３年", None, None),
            ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "不低于９０％", None, None),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="临溪县公共体育场馆免费低收费开放补助",
        dept="临溪县文化广电体育和旅游局",
        unit="临溪县体育中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(60, WAN), "其中：财政拨款", money(60, WAN)),
            (None, None, "其他资金", money(0, WAN)),
        ],
        goals=["体育场馆全年免费或低收费开放不少于３３０天，接待健身群众２０万人次以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table(
        [
            ("产出指标", "数量指标", "场馆年开放天数", "不少于３３０天", None, None),
            (None, None, "接待健身群众人次", "２０万人次以上", None, None),
            (None, "质量指标", "场馆设施安全检查合格率", "１００％", None, None),
            (None, "时效指标", "每周开放时长", "不少于３５小时", None, None),
            (None, "成本指标", "场馆开放运行维护费", "不超过６０万元", None, None),
            ("效益指标", "社会效益指标", "群众健身服务覆盖率", "不低于８０％", None, None),
            (None, "可持续影响指标", "场馆免费低收费开放制度", "建立并执行", None, None),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "不低于９０％", None, None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("填报人：江涛", None, "联系电话：0746-3102257", None, None, None)
    return b


@variant(
    "kp11-pdf-points-pagebreak",
    (4, 10),
    "department, NAT-2021, 分值 column, the header repeated after "
    "a page break, a 合计 row of points, a footnote",
)
def kp11() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 10, 14))
    department_head(
        s,
        year=2026,
        dept="澄州市司法局",
        budget=[
            (
                money(2218.5, WAN),
                money(2158.5, WAN),
                money(60, WAN),
                money(1765.5, WAN),
                money(453, WAN),
            ),
        ],
        tasks=[
            ("公共法律服务", "法律援助与人民调解", money(268, WAN), "办结法律援助案件1500件"),
            ("社区矫正", "社区矫正对象监管教育", money(115, WAN), "社区矫正对象再犯罪率不超过0.2%"),
            ("普法宣传", "八五普法宣传活动", money(70, WAN), "开展普法活动120场"),
            ("金额合计", None, money(453, WAN), None),
        ],
        goal="健全公共法律服务体系，规范社区矫正监管，深化法治宣传教育，服务法治澄州建设。",
    )
    header = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.row(*header)
    s.table(
        [
            ("产出指标", "数量指标", "办结法律援助案件", "≥１５００件", 10, None),
            (None, None, "人民调解案件", "≥４０００件", 10, None),
            (None, None, "开展普法宣传活动", "≥１２０场", 10, None),
            (None, "质量指标", "人民调解成功率", "≥９６％", 10, None),
            (None, "时效指标", "法律援助案件指派时限", "≤３个工作日", 10, None),
        ],
        merged=(1, 2),
    )
    s.row("第 1 页", None, None, None, None, None)
    s.row(*header)
    s.table(
        [
            ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤１２００元/件", 10, None),
            ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤０.２％", 10, None),
            (None, None, "群众法治素养提升", "提升", 10, None),
            (None, "可持续影响指标", "公共法律服务实体平台覆盖率", "＝１００％", 10, None),
            ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥９０％", 10, None),
            ("合计", None, None, None, 100, None),
        ],
        merged=(1, 2),
    )
    s.row("注：分值用于年度绩效自评；再犯罪率按年度内社区矫正对象人数计算。", merge=[(1, 6)])
    s.row("第 2 页", None, None, None, None, None)
    return b


@variant(
    "kp12-pdf-period-copied-no-satisfaction",
    (8, 5),
    "three-year project, NAT-2021, 实施期 and 年度 columns: "
    "cumulative counts copied into 年度, no 满意度指标 tier",
)
def kp12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 10))
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="白沙河区中小河流生态治理",
        dept="白沙河区水务局",
        unit="白沙河区河道管理所",
        start=day(2026, 1, 1),
        end=day(2028, 12, 31),
        money=[
            ("中期资金总额", money(2400, WAN), "年度资金总额", money(900, WAN)),
            ("其中：财政拨款", money(2100, WAN), "其中：财政拨款", money(800, WAN)),
            ("其他资金", money(300, WAN), "其他资金", money(100, WAN)),
        ],
        goals=[
            "三年内治理中小河流36公里，建设生态护岸24公里，河道水质稳定达到Ⅲ类。",
            "年内治理中小河流12公里，建设生态护岸8公里，完成2处排污口整治。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", None)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "治理中小河流长度",
                "≥３６公里",
                mk(
                    "≥３６公里",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="the period's 36 km copied; the year's goal says 12 km",
                ),
            ),
            (
                None,
                None,
                "建设生态护岸长度",
                "≥２４公里",
                mk(
                    "≥２４公里",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="the period's 24 km copied; the year's goal says 8 km",
                ),
            ),
            (None, None, "入河排污口整治", "≥６处", "≥２处"),
            (None, "质量指标", "治理工程验收合格率", "＝１００％", "＝１００％"),
            (None, "时效指标", "年度工程完工率", "≥９５％", "≥９５％"),
            (
                "成本指标",
                "经济成本指标",
                "每公里河道综合治理成本",
                "≤６０万元/公里",
                ok("≤６０万元/公里", "warning", note="× the copied 36 km exceeds the year's money"),
            ),
            ("效益指标", "生态效益指标", "治理河段水质达标率", "≥９０％", "≥９０％"),
            (None, "社会效益指标", "河道防洪标准达标长度", "≥３６公里", "≥１２公里"),
            (None, "可持续影响指标", "河长制巡河覆盖率", "＝１００％", "＝１００％"),
        ],
        merged=(1, 2),
    )
    b.file_mark(
        "F106", "error", note="no 满意度指标 in a project with identifiable users (沿河群众)"
    )
    s.skip()
    s.row("填报人：卢一鸣", None, "审核人：秦岭", None, "2025年11月25日", None)
    return b
