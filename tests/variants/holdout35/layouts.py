"""Layouts offices send: a table starting in column B with operator, unit and direction columns,
a two-line header, a header repeated after a page break, PDF artefacts, a broadcasting project
with malformed values, two complete column sets for 中期 and 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout35.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "is03-column-b-ok",
    (1, 11),
    "project, OLD-NAT, table from column B after an empty "
    "spacer column, 比较符 / 计量单位 / 指标方向 columns, bare numbers",
)
def is03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(3, 16, 16, 28, 8, 10, 10, 10))
    s.row("2025年度项目支出绩效目标表", merge=[(2, 8)], col=2)
    s.row(
        "项目名称",
        "广播电视户户通运行维护",
        None,
        "主管部门",
        "宁岗县文化广电和旅游局",
        None,
        None,
        merge=[(3, 4), (6, 8)],
        col=2,
    )
    s.row(
        "实施单位",
        "宁岗县广播电视台",
        None,
        "项目属性",
        "常年项目",
        None,
        None,
        merge=[(3, 4), (6, 8)],
        col=2,
    )
    s.row(
        "项目期",
        "1年",
        None,
        "起止时间",
        "2025年1月—2025年12月",
        None,
        None,
        merge=[(3, 4), (6, 8)],
        col=2,
    )
    s.row(
        "项目资金（万元）",
        "年度资金总额",
        money(96),
        "其中：财政拨款",
        money(96),
        "其他资金",
        money(0),
        col=2,
    )
    s.row(
        "年度绩效目标",
        "保障全县142个行政村广播电视信号覆盖，更新户户通设备1200户，故障48小时内修复。",
        merge=[(3, 8)],
        col=2,
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向", col=2)
    s.table(
        [
            ("产出指标", "数量指标", "覆盖行政村数", "≥", 142, "个", "正向"),
            (None, None, "户户通设备更新户数", "≥", 1200, "户", "正向"),
            (None, "质量指标", "广播电视综合人口覆盖率", "≥", pct(0.99), "%", "正向"),
            (None, "时效指标", "故障修复时限", "≤", 48, "小时", "反向"),
            (None, "成本指标", "户均设备更新补助", "≤", 350, "元/户", "反向"),
            ("效益指标", "社会效益指标", "农村群众可收看节目套数", "≥", 50, "套", "正向"),
            (None, "可持续影响指标", "户户通运维服务", "定性", "长期稳定", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥", 90, "%", "正向"),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row("填表人：马骁", None, "联系电话：0937-5521806", None, "填报日期：2024年12月2日", col=2)
    return b


@variant(
    "is12-two-line-header-ok",
    (7, 9),
    "project, OLD-NAT, a two-line header with a 指标值设定"
    "依据 column, amounts pasted as text with separators",
)
def is12() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="基本陈列提升改造",
        dept="梅岭市文化广电旅游局",
        unit="梅岭市博物馆",
        attr="一次性项目",
        money=[
            ("年度资金总额", ok("1,200.00"), "其中：财政拨款", ok("1,200.00")),
            ("其他资金", ok("0.00"), None, None),
        ],
        goals=["完成2400平方米基本陈列改造，新增展品300件以上，2025年9月底前完成布展并对外开放。"],
    )
    s.row("指标层级", None, None, "年度指标值", "指标值设定依据", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "展厅改造面积", "≥2400平方米", "计划标准"),
            (None, None, "新增展品数量", "≥300件", "计划标准"),
            (None, "质量指标", "改造工程验收合格率", "100%", "行业标准"),
            (None, "时效指标", "布展完成时间", "2025年9月30日前", "计划标准"),
            (None, "成本指标", "单位面积改造成本", "≤5000元/平方米", "行业标准"),
            ("效益指标", "社会效益指标", "年接待观众人次", "≥30万人次", "历史标准"),
            (None, "可持续影响指标", "陈列展示水平", "显著提升", None),
            ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "历史标准"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is13-page-break-ok",
    (4,),
    "project, NAT-2021, a 指标解释 column, the header repeated "
    "after a page break, 注 lines and signatures",
)
def is13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="体育场馆免费低收费开放补助",
        dept="溪口县文化体育和旅游局",
        unit="溪口县体育中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(80, WAN), "其中：财政拨款", money(80, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["体育馆、游泳馆、室外场地全年向社会免费或低收费开放，年接待健身群众40万人次以上。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
    s.row(*head)
    s.table(
        [
            ("产出指标", "数量指标", "年接待健身群众人次", "≥40万人次", "闸机统计"),
            (None, None, "免费开放场地面积", "≥18000平方米", None),
            (None, "质量指标", "设施安全检查合格率", "≥98%", "月度检查"),
            (None, "时效指标", "每周免费开放时长", "≥35小时", "不含维修停场"),
            ("成本指标", "经济成本指标", "免费低收费开放补助", "≤80万元", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row(*head)
    s.table(
        [
            ("效益指标", "社会效益指标", "全民健身参与度", "明显提高", None),
            (None, "可持续影响指标", "场馆公益开放长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "第三方问卷"),
        ],
        merged=(1, 2),
    )
    s.row("注：1.低收费项目按物价部门核定标准执行；2.指标值为全年目标。", merge=[(1, 5)])
    s.row("填表人：邓岩", "审核人：曹芸", "联系电话：0576-8123947", "填报日期：2024年11月20日")
    return b


@variant(
    "is14-pdf-artefacts-wrong",
    (9,),
    "project, NAT-2021, a detail block under the head "
    "converted from PDF: a split number, an amount pasted twice; a 到位率 with a word",
)
def is14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="乡村旅游文化节",
        dept="枫林镇人民政府",
        unit="枫林镇文化旅游服务中心",
        attr="新增项目",
        money=[
            ("年度资金总额", money(90, WAN), "其中：财政拨款", money(90, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["举办乡村旅游文化节1届，开展特色活动10场，吸引游客5万人次以上。"],
    )
    s.row(
        "资金明细（万元）",
        "舞台及场地搭建",
        mk("45.337 6", "X105", "warning", alt=("X103",)),
        "测算依据",
        "按询价",
    )
    top = s.r
    s.row(None, "宣传推广", mk("30万30万", "X106", "error", alt=("B108",)), None, None)
    s.row(None, "安保及保险", 14.6624, None, None)
    s.row(None, "合计", 90, None, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    b.file_mark("B102", "error", required=False, note="follows from 30万30万 read literally")
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "举办文化节届数", "1届", None),
            (None, None, "特色活动场次", "≥10场", None),
            (
                None,
                "质量指标",
                "活动安全保障到位率",
                mk("到位", "T105", "error", alt=("T102",)),
                None,
            ),
            (None, "时效指标", "文化节举办时间", "2025年10月31日前", None),
            ("成本指标", "经济成本指标", "文化节活动总成本", "≤90万元", None),
            ("效益指标", "经济效益指标", "带动农副产品销售额", "≥120万元", None),
            (None, "社会效益指标", "乡村旅游知名度", "有效提升", None),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is15-emergency-broadcast-wrong",
    (1, 11),
    "project, NAT-2021, operators inside the "
    "values: a coverage rate without %, a doubled %, a 故障率 with ≥",
)
def is15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="应急广播体系建设",
        dept="云台县委宣传部",
        unit="云台县融媒体中心",
        attr="新增项目",
        money=[
            ("年度资金总额", money(210, WAN), "其中：财政拨款", money(180, WAN)),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=["建成县级应急广播平台1个，新建村级应急广播终端860个，行政村覆盖率达到95%以上。"],
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "新建村级应急广播终端", "≥860个", None),
            (None, None, "建成县级应急广播平台", "1个", None),
            (
                None,
                "质量指标",
                "行政村应急广播覆盖率",
                mk(">=95", "T105", "error", alt=("T104", "T116")),
                None,
            ),
            (None, None, "终端在线率", mk("≥95%%", "T116", "warning"), None),
            (None, None, "终端故障率", mk("≥2%", "T108", "warning", row=True), None),
            (None, "时效指标", "平台建成时间", "2025年11月30日前", None),
            ("成本指标", "经济成本指标", "单个终端建设成本", "≤0.2万元/个", None),
            ("效益指标", "社会效益指标", "突发事件预警信息到达率", "≥95%", None),
            (None, "可持续影响指标", "应急广播运维机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is16-two-column-sets-ok",
    (8,),
    "two-year project, NAT-2021, two complete column sets "
    "(二级/三级/指标值 for 中期, then for 年度), annual counts below the period",
)
def is16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 24, 16, 16, 24, 16))
    project_head(
        s,
        year=2025,
        years=2,
        name="智慧旅游服务平台建设",
        dept="南屿市文化广电旅游体育局",
        unit="南屿市旅游信息中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(600, WAN), "年度资金总额", money(400, WAN)),
            ("其中：财政拨款", money(600, WAN), "其中：财政拨款", money(400, WAN)),
            ("其他资金", money(0, WAN), "其他资金", money(0, WAN)),
        ],
        goals=[
            "2026年底前建成智慧旅游服务平台，接入A级景区20个以上，上线数据接口30个。",
            "2025年完成一期平台上线，接入A级景区12个以上，上线数据接口18个。",
        ],
    )
    s.row(
        "一级指标",
        "二级指标（中期）",
        "三级指标（中期）",
        "指标值（中期）",
        "二级指标（年度）",
        "三级指标（年度）",
        "指标值（年度）",
    )
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "接入A级景区数",
                "≥20个",
                "数量指标",
                "接入A级景区数",
                "≥12个",
            ),
            (None, None, "上线文旅数据接口", "≥30个", None, "上线文旅数据接口", "≥18个"),
            (None, "质量指标", "平台系统可用率", "≥99%", "质量指标", "平台系统可用率", "≥99%"),
            (
                None,
                "时效指标",
                "平台建成上线时间",
                "2026年12月31日前",
                "时效指标",
                "一期平台上线时间",
                "2025年12月31日前",
            ),
            (
                "成本指标",
                "经济成本指标",
                "平台建设总成本",
                "≤600万元",
                "经济成本指标",
                "年度建设成本",
                "≤400万元",
            ),
            (
                "效益指标",
                "经济效益指标",
                "接待游客人次增长率",
                "≥8%",
                "经济效益指标",
                "接待游客人次增长率",
                "≥8%",
            ),
            (
                None,
                "社会效益指标",
                "游客线上预约使用率",
                "≥60%",
                "社会效益指标",
                "游客线上预约使用率",
                "≥40%",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "游客满意度",
                "≥90%",
                "服务对象满意度指标",
                "游客满意度",
                "≥90%",
            ),
        ],
        merged=(1, 2, 5),
    )
    return b
