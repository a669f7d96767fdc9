"""me13–me17: a flat department list, stacked 城管 projects, a two-line header with points, a
transport hub and a sewage plant."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout125.common import footer, funds, table
from tests.variants.holdout125.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

W6 = (14, 14, 30, 18, 18, 16)


@variant(
    "me13-flat-transport",
    (3, 12),
    "department table of a 交通运输局, flat list (指标名称 · "
    "指标性质 as operator · 指标值 · 计量单位 · 权重), weights adding to 100; correct",
)
def me13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (26, 12, 16, 18, 14, 10))
    department_head(
        s,
        year=2027,
        dept="桐川市交通运输局",
        budget=[(money(9800), money(9300), money(500), money(2800), money(7000))],
        tasks=[
            ("农村公路养护", "县乡村道日常养护和小修", money(3200), "养护里程1260公里"),
            ("公交运营补贴", "城市公交成本规制补贴", money(2600), "优化调整公交线路12条"),
            ("交通安全设施完善", "临水临崖路段防护、标志标线", money(1200), "新增安全设施45处"),
            ("金额合计", None, money(7000), None),
        ],
        goal="农村公路优良路率达到85%以上，公交准点率92%以上，群众出行更加便捷安全。",
    )
    s.row("年度绩效指标", None, None, None, None, None)
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重", None)
    s.table(
        [
            ("农村公路养护里程", "≥", 1260, "公里", 15),
            ("优化调整公交线路", "≥", 12, "条", 10),
            ("新增交通安全设施", "≥", 45, "处", 10),
            ("农村公路优良路率", "≥", 85, "%", 15),
            ("城市公交准点率", "≥", 92, "%", 10),
            ("安全隐患路段整治完成时间", "≤", "2027年10月31日", None, 10),
            ("城市公交运营补贴标准", "≤", 2.2, "元/车公里", 10),
            ("重点路段通行效率", "定性", "提升", None, 10),
            ("群众出行满意度", "≥", pct(0.9), "%", 10),
        ]
    )
    footer(s, "蒋文博", "2026年11月26日")
    return b


@variant(
    "me14-stacked-urban",
    (2, 11, 12),
    "two one-year 城管 projects stacked, NAT-2021: the "
    "second's money does not add up, a repeated indicator, a cost cap with ≥",
)
def me14() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", W6)
    project_head(
        s,
        year=2027,
        name="城区内涝点整治工程",
        dept="桐川市城市管理局 322",
        unit="桐川市排水管理处",
        attr="一次性项目",
        money=[
            ("年度资金总额", money(780, WAN), "其中：财政拨款", money(780, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["整治城区内涝点9处，新建改造雨水口360个。"],
    )
    funds(s, (2027,), [("省级补助", (280,)), ("市级资金", (500,))])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, None),
        [
            ("产出指标", "数量指标", "整治内涝点", "≥9处"),
            (None, None, "新建改造雨水口", "≥360个"),
            (None, "质量指标", "整治工程验收合格率", pct(1)),
            (None, "时效指标", "整治工程完工时间", "2027年5月31日前"),
            ("成本指标", "经济成本指标", "单处内涝点整治费用", "≤80万元/处"),
            ("效益指标", "社会效益指标", "整治点位积水情况", "明显改善"),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=2027,
        name="违法建设拆除后复绿工程",
        dept="桐川市城市管理局 322",
        unit="桐川市城管执法支队",
        attr="一次性项目",
        title="",
        money=[
            (
                "年度资金总额",
                mk(
                    money(1260, WAN),
                    "B101",
                    "error",
                    note="1100 + 60 = 1160, and the source block says 1160",
                ),
                "其中：财政拨款",
                money(1100, WAN),
            ),
            ("其他资金", money(60, WAN), None, None),
        ],
        goals=["拆除违法建设8万平方米，拆后复绿5万平方米。"],
    )
    funds(s, (2027,), [("省级补助", (300,)), ("市级资金", (800,)), ("社会资本", (60,))])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, None),
        [
            ("产出指标", "数量指标", "拆除违法建设面积", "≥8万平方米"),
            (None, None, "拆后复绿面积", "≥5万平方米"),
            (
                None,
                None,
                "拆除违法建设面积",
                mk("≥8万平方米", "D101", "warning", row=True, alt=("D102", "D103")),
            ),
            (None, "质量指标", "复绿苗木成活率", "≥95%"),
            (None, "时效指标", "复绿工程完工时间", "2027年11月30日前"),
            (
                "成本指标",
                "经济成本指标",
                "单位拆除成本",
                mk("≥85元/平方米", "T108", "warning", row=True, note="a cost cap with ≥"),
            ),
            (None, None, "复绿单位造价", "≤90元/平方米"),
            (
                "效益指标",
                "生态效益指标",
                "城区绿化覆盖率",
                mk("有所提高", "T105", "error", note="a 覆盖率 with a grade word, not a %"),
            ),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
        ],
    )
    footer(s, "蔡永红", "2026年11月21日")
    return b


@variant(
    "me15-housing-points",
    (5, 10, 12),
    "one-year 保障性住房维修, OLD-NAT, two-line header "
    "(绩效指标 over 一级/二级/三级), 分值 adding to 90 with 预算执行率 apart; correct",
)
def me15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="市本级公共租赁住房维修改造项目",
        dept="桐川市住房和城乡建设局 318001",
        unit="桐川市住房保障服务中心",
        attr="一次性项目",
        money=[
            ("年度资金总额", money(1350, WAN), "其中：财政拨款", money(1350, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["维修公共租赁住房1850套，屋面防水改造2.6万平方米，更换消防设施420套。"],
    )
    funds(s, (2027,), [("省级补助", (450,)), ("市级资金", (900,))])
    s.row(
        "绩效指标",
        None,
        None,
        "指标值",
        "分值（90分，预算执行率10分另计）",
        "评分标准",
        merge=[(1, 3)],
    )
    s.row("一级指标", "二级指标", "三级指标", None, None, None)
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "维修公共租赁住房", "≥1850套", 10, "按完成比例计分"),
            (None, None, "屋面防水改造面积", "≥2.6万平方米", 10, "按完成比例计分"),
            (None, None, "更换消防设施", "≥420套", 10, "按完成比例计分"),
            (None, "质量指标", "维修工程验收合格率", pct(1), 10, "未达标不得分"),
            (None, "时效指标", "维修工程完成时间", "2027年10月31日前", 10, "每延期1月扣2分"),
            (None, "成本指标", "屋面防水改造单价", "≤120元/平方米", 10, "超标准不得分"),
            (None, None, "套均维修费用", "≤0.7万元/套", 5, "超标准不得分"),
            ("效益指标", "社会效益指标", "住房安全隐患整改率", pct(1), 10, "按整改比例计分"),
            (None, "可持续影响指标", "维修工程保修期", "≥5年", 5, None),
            ("满意度指标", "服务对象满意度指标", "承租户满意度", "≥90%", 10, "问卷调查"),
        ],
        merged=(1, 2),
    )
    footer(s, "许晨", "2026年11月13日")
    return b


@variant(
    "me16-transport-hub",
    (8, 11, 12),
    "three-year 综合交通枢纽, NAT-2021, 中期/年度: the "
    "2029 column of the source block, standard × area above the annual budget, a transfer "
    "time with ≥",
)
def me16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        years=3,
        name="桐川东站综合交通枢纽建设工程",
        dept="桐川市交通运输局 325001",
        unit="桐川市交通建设投资中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(32000, WAN), "年度资金总额", money(9000, WAN)),
            ("其中：财政拨款", money(26000, WAN), "其中：财政拨款", money(8000, WAN)),
            ("其他资金", money(6000, WAN), "其他资金", money(1000, WAN)),
        ],
        goals=[
            "2027—2029年建成4.2万平方米综合交通枢纽，实现铁路、长途客运、公交和出租车零距离换乘。",
            "2027年完成枢纽主体结构1.8万平方米及配套道路2.6公里，新增公交首末站1座。",
        ],
    )
    funds(
        s,
        (2027, 2028, 2029),
        [
            ("省级补助", (5000, 4000, 3000)),
            ("市级资金", (3000, 5000, 6000)),
            ("社会资本", (1000, 2500, 2500)),
        ],
        bad={
            (3, 2): mk(
                money(12500),
                "B101",
                "error",
                alt=("B102",),
                note="2029: 3000 + 6000 + 2500 = 11500",
            ),
            (3, 3): ok(
                money(32000),
                "error",
                note="correct total; a finding here may localise the 2029 slip",
            ),
        },
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
        [
            ("产出指标", "数量指标", "枢纽建筑面积", "≥4.2万平方米", ok("≥1.8万平方米"), None),
            (None, None, "配套道路", "≥6.5公里", "≥2.6公里", None),
            (None, None, "新增公交首末站", "≥2座", "≥1座", None),
            (None, "质量指标", "单位工程验收合格率", pct(1), pct(1), None),
            (None, "时效指标", "枢纽主体结构封顶时间", "2028年6月30日前", "—", "2028年实施"),
            (
                "成本指标",
                "经济成本指标",
                "枢纽建筑单位造价",
                "≤6800元/平方米",
                mk(
                    "≤6800元/平方米",
                    "B107",
                    "warning",
                    row=True,
                    note="6800 元 × 1.8万平方米 = 12240万 > 9000万",
                ),
                None,
            ),
            (
                "效益指标",
                "社会效益指标",
                "旅客平均换乘时间",
                "≤10分钟",
                mk("≥10分钟", "T108", "warning", row=True, alt=("D203",)),
                None,
            ),
            (None, "可持续影响指标", "枢纽设计使用年限", "≥50年", "≥50年", None),
            ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%", "≥90%", None),
        ],
    )
    footer(s, "邓建国", "2026年11月27日")
    return b


@variant(
    "me17-sewage-plant",
    (8, 12),
    "two-year 污水处理厂提标改造 with 社会资本, NAT-2021, "
    "实施期/年度 columns and 指标值设定依据; correct",
)
def me17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        years=2,
        name="桐川市第二污水处理厂提标改造工程",
        dept="桐川市住房和城乡建设局 318001",
        unit="桐川市城市排水有限公司",
        attr="新增项目",
        money=[
            ("中期资金总额", money(8800, WAN), "年度资金总额", money(5000, WAN)),
            ("其中：财政拨款", money(7600, WAN), "其中：财政拨款", money(4200, WAN)),
            ("其他资金", money(1200, WAN), "其他资金", money(800, WAN)),
        ],
        goals=[
            "2027—2028年完成8万吨/日处理规模提标改造，出水稳定达到一级A标准。",
            "2027年完成4.5万吨/日处理规模提标改造和8公里配套管网。",
        ],
    )
    funds(
        s,
        (2027, 2028),
        [("省级补助", (2000, 1600)), ("市级资金", (2200, 1800)), ("社会资本", (800, 400))],
    )
    table(
        s,
        (
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值（实施期）",
            "指标值（2027年度）",
            "指标值设定依据",
        ),
        [
            ("产出指标", "数量指标", "提标改造处理规模", "≥8万吨/日", "≥4.5万吨/日", "计划标准"),
            (None, None, "新建深度处理单元", "2座", "1座", "计划标准"),
            (None, None, "新建配套截污管网", "≥14公里", "≥8公里", "计划标准"),
            (None, "质量指标", "出水水质达标率", pct(1), pct(1), "行业标准"),
            (
                None,
                "时效指标",
                "年度改造任务完成时间",
                "2028年12月31日前",
                "2027年12月31日前",
                "计划标准",
            ),
            (
                "成本指标",
                "经济成本指标",
                "吨水提标改造投资",
                "≤1050元/（吨·日）",
                "≤1050元/（吨·日）",
                "行业标准",
            ),
            ("效益指标", "生态效益指标", "化学需氧量削减量", "≥1800吨", "≥900吨", "测算"),
            (None, "可持续影响指标", "改造设施设计使用年限", "≥25年", "≥25年", "行业标准"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%", "历史标准"),
        ],
    )
    footer(s, "沈立新", "2026年11月15日")
    return b
