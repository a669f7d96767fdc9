"""Returns of the 76th held-out corpus: money in every shape (labels over amounts, label │
amount pairs, detail lists with 小计 and 合计, parts inside the amount's cell)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout76.common import basic, footer, ge, indicators
from tests.variants.holdout76.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct


@variant(
    "kh01-labels-over-amounts",
    (12, 1),
    "project, NAT-2021, money as a row of labels "
    "over a row of amounts (万元 in the number format), 比较符 and 计量单位 columns",
)
def kh01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 14))
    basic(
        s,
        year=2027,
        name="雁回县农村饮水工程巡检维护",
        dept="雁回县水利局（318001）",
        unit="雁回县农村供水服务站",
    )
    s.row("项目资金（万元）", "资金总额", "财政拨款", "其他资金")
    s.row(None, money(78.6, WAN), money(72.0, WAN), money(6.6, WAN))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "完成全县42处集中供水工程的季度巡检和日常维修，更换老旧水表及阀门600个，"
        "保障5.6万农村人口饮水安全。",
        merge=[(2, 6)],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "巡检集中供水工程处数", "≥", 42, "处"),
            (None, None, "更换老旧水表及阀门数量", "≥", 600, "个"),
            (None, None, "每处工程季度巡检次数", "≥", 4, "次"),
            (None, "质量指标", "出厂水水质检测合格率", "≥", pct(0.95), "%"),
            (None, None, "维修工程验收合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "故障报修响应时间", "≤", 24, "小时"),
            (None, None, "一般故障修复时间", "≤", 72, "小时"),
            ("成本指标", "经济成本指标", "单处工程年均巡检维护费用", "≤", 1.7, "万元/处"),
            (None, None, "水表及阀门更换单价", "≤", 120, "元/个"),
            ("效益指标", "社会效益指标", "集中供水工程正常运行率", "≥", pct(0.98), "%"),
            (None, None, "受益农村人口", "≥", 5.6, "万人"),
            (None, "可持续影响指标", "巡检维护台账建档率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    footer(
        s,
        "填报人：周立群　　联系电话：0739-5521806　　单位负责人：何建明",
        "（单位盖章）　　　　　　　　填报日期：2026年11月18日",
    )
    return b


@variant(
    "kh02-label-amount-pairs",
    (12, 8),
    "three-year project, OLD-NAT, money as label │ "
    "amount pairs (中期 │ 年度), 中期 and 年度 value columns, ≥ in the percent format",
)
def kh02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 12))
    project_head(
        s,
        year=2027,
        years=3,
        name="芦湾市职业技能提升行动",
        attr="新增项目",
        dept="芦湾市人力资源和社会保障局（205）",
        unit="芦湾市职业技能培训指导中心",
        money=[
            ("中期资金总额", money(540, WAN), "年度资金总额", money(180, WAN)),
            ("其中：财政拨款", money(480, WAN), "其中：财政拨款", money(160, WAN)),
            ("其他资金", money(60, WAN), "其他资金", money(20, WAN)),
        ],
        goals=[
            "三年培训城乡劳动者3600人次，新建实训工位90个，培训后就业率不低于80%。",
            "2027年培训城乡劳动者1200人次，新建实训工位30个。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "开展职业技能培训人次", "≥3600人次", "≥1200人次"),
            (None, None, "新建实训工位数", "≥90个", "≥30个"),
            (None, None, "开发培训课程包", "≥12套", "≥4套"),
            (None, "质量指标", "培训考核合格率", ge(0.9), ge(0.9)),
            (None, None, "实训设备验收合格率", ge(0.98), ge(0.98)),
            (None, "时效指标", "培训补贴发放及时率", ge(0.95), ge(0.95)),
            (None, "成本指标", "人均培训补贴标准", "≤1200元/人", "≤1200元/人"),
            (None, None, "实训工位建设单价", "≤1.2万元/个", "≤1.2万元/个"),
            ("效益指标", "社会效益指标", "培训后就业率", ge(0.8), ge(0.8)),
            (None, None, "取得职业技能等级证书人数", "≥2700人", "≥900人"),
            (None, "可持续影响指标", "实训基地持续开放年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", ge(0.9), ge(0.9)),
        ],
    )
    footer(s, "单位负责人：林秀芬　　财务负责人：郑海　　填表人：蔡雨桐　　2026年11月20日", width=5)
    return b


@variant(
    "kh03-detail-subtotal-wrong",
    (12,),
    "project, OLD-NAT, a 资金明细 list with 小计 and "
    "合计 under the indicator table: one 小计 does not add up",
)
def kh03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 14))
    project_head(
        s,
        year=2027,
        name="青萝区城市管理智慧执法设备购置及运维",
        dept="青萝区城市管理局（411）",
        unit="青萝区城市管理综合执法大队",
        attr="一次性项目",
        money=[
            ("资金总额", money(95, WAN), "其中：财政拨款", money(95, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "购置巡查无人机3台、执法记录仪40台，完成执法指挥平台一年运维，"
            "提升市容巡查覆盖面和执法规范化水平。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "购置巡查无人机数量", "≥3台"),
            (None, None, "购置执法记录仪数量", "≥40台"),
            (None, None, "执法指挥平台运维时长", "≥12个月"),
            (None, "质量指标", "设备验收合格率", ge(0.98)),
            (None, None, "平台运行正常率", ge(0.98)),
            (None, "时效指标", "设备采购完成时间", "2027年6月30日前"),
            (None, "成本指标", "无人机购置单价", "≤4万元/台"),
            (None, None, "执法记录仪购置单价", "≤0.2万元/台"),
            ("效益指标", "社会效益指标", "市容巡查覆盖率", ge(0.95)),
            (None, None, "执法全过程记录率", ge(0.95)),
            (None, "可持续影响指标", "设备使用年限", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "辖区群众满意度", ge(0.9)),
        ],
    )
    s.skip()
    s.row("资金明细（万元）", None, None, None, merge=[(1, 4)])
    s.row("支出类别", "支出内容", "测算依据", "金额")
    s.row("一、设备购置", "巡查无人机", "3台×4万元", money(12, WAN))
    s.row(None, "执法记录仪", "40台×0.2万元", money(8, WAN))
    s.row(None, "配套存储服务器", "1套", money(6, WAN))
    s.row(
        None,
        "小计",
        None,
        mk(money(28, WAN), "B102", "error", alt=("B101",), note="12 + 8 + 6 = 26, not 28"),
    )
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    s.row("二、运行维护", "执法指挥平台运维", "12个月×4.5万元", money(54, WAN))
    s.row(None, "设备保险及维修", "按设备原值测算", money(13, WAN))
    s.row(None, "小计", None, money(67, WAN))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "合计",
        None,
        None,
        ok(money(95, WAN), "error", note="the items add up to 93; it follows from the 小计 slip"),
    )
    footer(s, "经办人：黄小川　　分管领导：刘晓东　　（盖章）", width=4)
    return b


@variant(
    "kh04-income-expenditure",
    (12, 3),
    "department, NAT-2021, 收入 and 支出 lists side by "
    "side with their 合计, key tasks adding up to 项目支出",
)
def kh04() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 22, 14, 22, 14, 16))
    s.title("青萝区文化和旅游局2027年度部门整体支出绩效目标表", 6)
    s.row(
        "部门（单位）名称",
        "青萝区文化和旅游局",
        None,
        "部门预算编码",
        "413001",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("年度预算（万元）", "收入项目", "金额", "支出项目", "金额", None)
    top = s.r
    s.row(None, "财政拨款", money(1180, WAN), "基本支出", money(760, WAN))
    s.row(None, "事业收入", money(95, WAN), "项目支出", money(545, WAN))
    s.row(None, "其他收入", money(30, WAN), None, None)
    s.row(None, "收入合计", money(1305, WAN), "支出合计", money(1305, WAN))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    top = s.r
    for t in [
        ("群众文化活动", "全年组织广场文艺演出和非遗展演", money(180, WAN), "演出不少于60场"),
        ("文物保护修缮", "完成区级文物保护单位修缮3处", money(210, WAN), "修缮验收合格"),
        ("文旅宣传推广", "参加文旅推介会，制作宣传片", money(95, WAN), "游客接待量稳步增长"),
        ("公共图书馆运行", "图书采购和分馆运行维护", money(60, WAN), "新增馆藏图书1.2万册"),
        ("金额合计", None, money(545, WAN), None),
    ]:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "丰富群众文化生活，加强文物保护，推动文旅融合发展。", merge=[(2, 6)])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"),
        [
            ("产出指标", "数量指标", "组织广场文艺演出和非遗展演场次", "≥60", "场", None),
            (None, None, "修缮区级文物保护单位", "≥3", "处", None),
            (None, None, "新增馆藏图书", "≥1.2", "万册", None),
            (None, "质量指标", "文物修缮工程验收合格率", pct(1), "%", "一次性验收"),
            (None, None, "图书编目差错率", "≤1", "%", None),
            (None, "时效指标", "文物修缮工程完工时间", "2027年10月31日前", None, None),
            ("成本指标", "经济成本指标", "单场演出补助标准", "≤3", "万元/场", None),
            (None, None, "单处文物修缮费用", "≤70", "万元/处", None),
            ("效益指标", "社会效益指标", "公共文化活动参与人次", "≥15", "万人次", None),
            (None, None, "区级文物保护单位完好率", ge(0.95), "%", None),
            (None, "经济效益指标", "全年游客接待量增长率", ge(0.05), "%", "比上年"),
            (None, "可持续影响指标", "文化志愿者队伍人数", "≥300", "人", None),
            ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", ge(0.9), "%", None),
        ],
    )
    footer(s, "填报人：许文静　　联系电话：0733-8812046　　审核人：潘志刚　　（公章）")
    return b


@variant(
    "kh05-parts-in-cell",
    (12,),
    "project, NAT-2021, the amount with its parts in one "
    "cell (总额86万元（其中：财政拨款70万元，其他资金16万元）), one value column",
)
def kh05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 14))
    basic(
        s,
        year=2027,
        name="杉溪镇农村人居环境整治保洁",
        dept="杉溪镇人民政府（602118）",
        unit="杉溪镇农业农村综合服务中心",
    )
    s.row("项目资金", "年度资金总额86万元（其中：财政拨款70万元，其他资金16万元）", merge=[(2, 6)])
    s.row(
        "年度绩效目标",
        "全镇14个行政村实现生活垃圾日产日清，清理沟渠45公里，配备保洁员70名。",
        merge=[(2, 6)],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "覆盖行政村数量", "14个"),
            (None, None, "配备村级保洁员", "≥70名"),
            (None, None, "清理村庄沟渠长度", "≥45公里"),
            (None, "质量指标", "生活垃圾无害化处理率", ge(0.95)),
            (None, None, "村庄保洁考核达标率", ge(0.9)),
            (None, "时效指标", "生活垃圾清运周期", "≤1天"),
            ("成本指标", "经济成本指标", "保洁员劳务补助标准", "≤850元/人·月"),
            (None, None, "沟渠清理单价", "≤0.3万元/公里"),
            ("效益指标", "生态效益指标", "村庄积存垃圾清理率", ge(0.98)),
            (None, "社会效益指标", "受益农村人口", "≥2.3万人"),
            (None, "可持续影响指标", "村规民约纳入环境卫生条款的村占比", ge(0.9)),
            ("满意度指标", "服务对象满意度指标", "村民满意度", ge(0.9)),
        ],
    )
    footer(
        s,
        "镇长：韦国华（签字）　　分管副镇长：罗桂英　　经办人：覃小梅",
        "杉溪镇人民政府（章）　　2026年11月25日",
    )
    return b


@variant(
    "kh06-parts-in-cell-wrong",
    (12,),
    "project, OLD-NAT, the amount with its parts in one cell: the parts do not add up to the total",
)
def kh06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 14))
    basic(
        s,
        year=2027,
        name="雁回县高标准农田设施管护",
        dept="雁回县农业农村局（318014）",
        unit="雁回县农田建设服务中心",
    )
    s.row(
        "项目资金",
        mk(
            "资金总额128万元（其中：中央补助80万元，县级配套38万元）",
            "B101",
            "error",
            alt=("B102",),
            note="80 + 38 = 118, not 128",
        ),
        merge=[(2, 6)],
    )
    s.row(
        "年度绩效目标",
        "对全县已建成的3.2万亩高标准农田开展设施管护，维修灌排渠道36公里、"
        "机耕路18公里，确保设施完好能用。",
        merge=[(2, 6)],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "管护高标准农田面积", "≥3.2万亩"),
            (None, None, "维修灌排渠道长度", "≥36公里"),
            (None, None, "维修机耕路长度", "≥18公里"),
            (None, "质量指标", "维修工程验收合格率", ge(0.95)),
            (None, "时效指标", "汛前维修完成时间", "2027年5月31日前"),
            (None, "成本指标", "每亩年度管护费用", "≤40元/亩"),
            ("效益指标", "经济效益指标", "管护区粮食亩产", "≥480公斤"),
            (None, "社会效益指标", "农田灌溉设施完好率", ge(0.9)),
            (None, "可持续影响指标", "管护责任落实到村率", ge(0.95)),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", ge(0.9)),
        ],
    )
    footer(s, "填报单位（盖章）：雁回县农业农村局　　填报人：邓学军　　2026年11月19日")
    return b
