"""Returns of the 76th held-out corpus: indicator tables that are hard to read (tiers joined in
one column, the name and its value in one cell, units in a 备注, two-line headers, numbers as
text, stamps and signatures under the table)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout76.common import basic, footer, ge, indicators
from tests.variants.holdout76.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant(
    "kh07-tiers-joined",
    (5,),
    "project, NAT-2021, tier-1 and tier-2 joined in one "
    "column (产出指标—数量指标) merged down, 指标值 and 计量单位",
)
def kh07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (24, 30, 16, 12, 16, 14))
    project_head(
        s,
        year=2027,
        name="澄岭区社区居家养老助餐服务",
        dept="澄岭区民政局（507）",
        unit="澄岭区养老服务指导中心",
        money=[
            ("资金总额", money(132, WAN), "其中：财政拨款", money(120, WAN)),
            ("其他资金", money(12, WAN), None, None),
        ],
        goals=["在全区新建社区老年助餐点8个，全年为高龄、独居老人提供助餐服务不少于12万人次。"],
    )
    indicators(
        s,
        ("指标类别", "三级指标", "指标值", "计量单位"),
        [
            ("产出指标—数量指标", "新建社区老年助餐点", "≥8", "个"),
            (None, "全年助餐服务人次", "≥12", "万人次"),
            ("产出指标—质量指标", "助餐点食品安全检查合格率", ge(0.98), "%"),
            (None, "助餐点建设验收合格率", ge(0.95), "%"),
            ("产出指标—时效指标", "助餐点建成投用时间", "2027年9月30日前", None),
            ("成本指标—经济成本指标", "单个助餐点建设补助", "≤6", "万元/个"),
            (None, "每餐助餐补贴标准", "≤7", "元/人次"),
            ("效益指标—社会效益指标", "助餐服务覆盖社区比例", ge(0.6), "%"),
            (None, "受益老年人数", "≥4500", "人"),
            ("效益指标—可持续影响指标", "助餐点持续运营率", ge(0.9), "%"),
            ("满意度指标—服务对象满意度指标", "就餐老年人满意度", ge(0.9), "%"),
        ],
        merged=(1,),
    )
    footer(s, "填报人：龚晓燕　　联系电话：0736-2285510　　单位负责人：梁振华（签字）", width=4)
    return b


@variant(
    "kh08-name-value-cell",
    (10, 7),
    "project, OLD-NAT, the indicator and its value in one "
    "cell under 三级指标及指标值, a 分值 column adding up to 100",
)
def kh08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 40, 10, 16, 14))
    project_head(
        s,
        year=2027,
        name="白沙河区耕地质量提升与化肥减量",
        dept="白沙河区农业农村局（520）",
        unit="白沙河区土壤肥料工作站",
        money=[
            ("资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["推广种植绿肥3000亩、测土配方施肥8万亩，化肥使用量比上年减少5%以上。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标及指标值", "分值"),
        [
            ("产出指标", "数量指标", "种植绿肥面积≥3000亩", 10),
            (None, None, "测土配方施肥技术推广面积≥8万亩", 10),
            (None, None, "采集化验土壤样品≥400个", 10),
            (None, "质量指标", "土壤样品化验数据合格率≥95%", 10),
            (None, "时效指标", "绿肥种子发放完成时间：2027年10月15日前", 5),
            (None, "成本指标", "绿肥种子补贴标准≤60元/亩", 5),
            (None, None, "土壤样品化验费用≤300元/个", 5),
            ("效益指标", "经济效益指标", "项目区亩均节本增效≥30元", 10),
            (None, "生态效益指标", "项目区化肥使用量比上年减少≥5%", 10),
            (None, "可持续影响指标", "测土配方施肥技术覆盖率≥92%", 10),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度≥90%", 15),
        ],
    )
    s.row(None, None, "合计", 100)
    footer(s, "单位负责人：覃志刚　　填报人：吴丽萍　　联系电话：0771-6632045", width=4)
    return b


@variant(
    "kh09-units-in-remark",
    (1, 4),
    "project, NAT-2021, 比较符 column, bare numbers with "
    "the unit only in a 备注 column (单位：人次), percent cells",
)
def kh09() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 16, 30, 10, 14, 18))
    project_head(
        s,
        year=2027,
        name="枫桥县中小学生心理健康教育",
        dept="枫桥县教育局（301）",
        unit="枫桥县教师发展中心",
        money=[
            ("资金总额", money(48, WAN), "其中：财政拨款", money(48, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "为全县中小学培训心理健康教师180人次，开展心理健康筛查2.6万人次，"
            "建成标准化心理辅导室12间。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "备注"),
        [
            ("产出指标", "数量指标", "培训心理健康教师", "≥", 180, "单位：人次"),
            (None, None, "开展学生心理健康筛查", "≥", 2.6, "单位：万人次"),
            (None, None, "建成标准化心理辅导室", "≥", 12, "单位：间"),
            (None, "质量指标", "教师培训考核合格率", "≥", pct(0.95), None),
            (None, None, "心理辅导室建设验收合格率", "≥", pct(0.98), None),
            (
                None,
                "时效指标",
                "学生心理筛查完成时间",
                "≤",
                day(2027, 11, 30, "yyyy年m月d日"),
                "秋季学期内完成",
            ),
            ("成本指标", "经济成本指标", "心理辅导室建设单价", "≤", 2.4, "单位：万元/间"),
            (None, None, "教师人均培训费用", "≤", 800, "单位：元/人次"),
            ("效益指标", "社会效益指标", "中小学心理健康教育覆盖率", "≥", pct(0.95), None),
            (None, None, "心理危机个案及时干预率", "≥", pct(0.95), None),
            (None, "可持续影响指标", "学校配备专兼职心理教师比例", "≥", pct(0.9), None),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), None),
        ],
    )
    footer(
        s,
        "说明：指标值为数值的，计量单位见备注栏；百分比指标不另注单位。",
        "填报人：蒋慧　　审核人：谭永红　　枫桥县教育局（盖章）　　2026年11月21日",
    )
    return b


@variant(
    "kh10-two-line-header-copied",
    (8, 7),
    "three-year project, NAT-2021, a two-line "
    "header (指标值 over 中期 │ 年度): one cumulative count copied from 中期 into 年度",
)
def kh10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 12))
    project_head(
        s,
        year=2027,
        years=3,
        name="青岚市老旧小区二次供水设施改造",
        attr="新增项目",
        dept="青岚市住房和城乡建设局（108）",
        unit="青岚市城市供水管理处",
        money=[
            ("中期资金总额", money(2400, WAN), "年度资金总额", money(800, WAN)),
            ("其中：财政拨款", money(2100, WAN), "其中：财政拨款", money(700, WAN)),
            ("其他资金", money(300, WAN), "其他资金", money(100, WAN)),
        ],
        goals=[
            "三年完成120个老旧小区二次供水设施改造，惠及居民3.6万户。",
            "2027年完成40个老旧小区二次供水设施改造，惠及居民1.2万户。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None)
    s.ws.merge_cells(start_row=s.r, start_column=4, end_row=s.r, end_column=5)
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧小区二次供水设施", "≥120个", "≥40个"),
            (
                None,
                None,
                "更换加压供水泵组",
                "≥240套",
                mk(
                    "≥240套",
                    "D202",
                    "warning",
                    alt=("D201",),
                    note="the three-year count copied into the 2027 column; 40 小区 × 2 套 = 80",
                ),
            ),
            (None, None, "新建供水设施远程监控点", "≥120个", "≥40个"),
            (None, "质量指标", "改造工程竣工验收合格率", ge(0.98), ge(0.98)),
            (None, None, "改造后龙头水水质达标率", ge(0.98), ge(0.98)),
            (None, "时效指标", "年度改造任务完成时间", "2029年12月31日前", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "单个小区改造平均费用", "≤20万元/个", "≤20万元/个"),
            ("效益指标", "社会效益指标", "惠及居民户数", "≥3.6万户", "≥1.2万户"),
            (None, None, "改造小区高峰期水压达标率", ge(0.95), ge(0.95)),
            (None, "可持续影响指标", "改造设施移交专业运营单位比例", ge(0.95), ge(0.95)),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", ge(0.9), ge(0.9)),
        ],
        merged=(1, 2),
    )
    footer(
        s,
        "填报人：马骏　　联系电话：0851-4412730　　单位负责人：孔德胜（签字）　　（盖章）",
        width=5,
    )
    return b


@variant(
    "kh11-numbers-as-text",
    (9, 1),
    "project, OLD-NAT, amounts and indicator numbers "
    "typed as text, 比较符 and 计量单位 columns, a 权重 column",
)
def kh11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 12, 10))
    basic(
        s,
        year=2027,
        name="栖凤县基层动物防疫",
        dept="栖凤县农业农村局（322）",
        unit="栖凤县动物疫病预防控制中心",
        width=7,
    )
    s.row(
        "项目资金（万元）", "资金总额", ok("56.40"), "财政拨款", ok("50.00"), "其他资金", ok("6.40")
    )
    s.row(
        "年度绩效目标",
        "完成全县畜禽强制免疫，免疫密度保持在90%以上，支付村级防疫员劳务补助"
        "120人，重大动物疫病不发生区域性流行。",
        merge=[(2, 7)],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重"),
        [
            ("产出指标", "数量指标", "畜禽强制免疫数量", "≥", "85", "万头（只）", "10"),
            (None, None, "补助村级防疫员人数", "≥", "120", "人", "10"),
            (None, None, "开展免疫抗体监测样品", "≥", "3000", "份", "5"),
            (None, "质量指标", "应免畜禽免疫密度", "≥", "90", "%", "10"),
            (None, None, "免疫抗体合格率", "≥", "70", "%", "10"),
            (None, "时效指标", "疫情报告及时率", "≥", "98", "%", "5"),
            (None, "成本指标", "村级防疫员劳务补助标准", "≤", "3600", "元/人·年", "5"),
            ("效益指标", "社会效益指标", "病死畜禽无害化处理率", "≥", "95", "%", "10"),
            (None, "经济效益指标", "畜禽因病死亡率", "≤", "3", "%", "10"),
            (None, "可持续影响指标", "动物防疫档案建档率", "≥", "95", "%", "10"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", "90", "%", "15"),
        ],
    )
    footer(s, "审核人：姚国平　　填报人：史芳　　栖凤县农业农村局（章）　　2026年11月22日", width=7)
    return b


@variant(
    "kh12-stamps-year-wrong",
    (4,),
    "project, OLD-NAT, one value column, stamp and "
    "signature lines under the table: the plan dates kept from last year's return",
)
def kh12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 14))
    s.title("2027年度项目支出绩效目标申报表", 6)
    s.row(
        "项目名称",
        "白沙河区全民健身赛事活动",
        None,
        "主管部门及代码",
        "白沙河区体育局（531）",
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位", "白沙河区全民健身服务中心", None, "项目属性", "常年项目", merge=[(2, 3), (5, 6)]
    )
    s.row(
        "项目期",
        "1年",
        "计划开始日期",
        mk(
            day(2026, 1, 1),
            "Y102",
            "error",
            row=True,
            alt=("Y101",),
            note="last year's dates left in a 2027 return",
        ),
        "计划完成日期",
        day(2026, 12, 31),
    )
    s.row("项目资金（万元）", "资金总额", money(72, WAN), "其中：财政拨款", money(72, WAN))
    s.row("年度绩效目标", "全年举办区级全民健身赛事24场，参与群众不少于3万人次。", merge=[(2, 6)])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "举办区级全民健身赛事", "≥24场"),
            (None, None, "参赛及参与群众", "≥3万人次"),
            (None, None, "培训社会体育指导员", "≥150人"),
            (None, "质量指标", "赛事安全保障达标率", ge(0.98)),
            (None, "时效指标", "赛事按计划举办率", ge(0.95)),
            (None, "成本指标", "单场赛事平均费用", "≤2.8万元/场"),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", ge(0.42)),
            (None, "可持续影响指标", "品牌赛事连续举办年限", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "参赛群众满意度", ge(0.9)),
        ],
    )
    footer(
        s,
        "单位负责人：（签字）严卫东　　　　财务负责人：（签字）石磊",
        "填报人：韩晓雪　　联系电话：0766-3320915",
        "白沙河区体育局（盖章）　　　　　　2026年11月24日",
    )
    return b
