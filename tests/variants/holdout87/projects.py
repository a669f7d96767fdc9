"""Project tables (§3.1) of one season at 溪宁县 (invented): allocation tables below the
indicators, a page's foot inside a table converted from PDF, signatures under the table, money by
year, units in a 备注 column, two projects stacked on one sheet."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout87.registry import variant
from tests.variants.kit import WAN, Book, C, mk, money, ok, pct

GE_PCT = '"≥"0%'  # a percent typed as 95% in a cell formatted to show ≥95%


@variant("ks01-allocation-below", (2, 12),
         "project, NAT-2021, one value column with ≥ in the percent format, merged tiers; "
         "附：资金分配明细 below with 小计 per area and 合计 = the budget")  # fmt: skip
def ks01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 16, 14, 14))
    project_head(
        s, year=2027, name="农村饮水安全水质提升工程", dept="溪宁县水利局（417）",
        unit="溪宁县农村供水管理站",
        money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(180, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成18处单村供水工程改造，配备水质检测设备6套，全年开展水质检测不少于240批次，"
               "农村集中供水水质检测合格率达到95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("成本指标", "经济成本指标", "单村供水工程改造补助标准", "≤7万元/处"),
        (None, None, "水质检测设备购置单价", "≤5万元/套"),
        ("产出指标", "数量指标", "改造单村供水工程", "≥18处"),
        (None, None, "配备水质检测设备", "≥6套"),
        (None, None, "水质检测批次", "≥240批次"),
        (None, "质量指标", "水质检测合格率", C(0.95, GE_PCT)),
        (None, None, "改造工程验收合格率", pct(1)),
        (None, "时效指标", "改造工程完工时间", "2027年10月31日前"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥3.2万人"),
        (None, None, "农村供水保证率", C(0.95, GE_PCT)),
        (None, "可持续影响指标", "工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", C(0.9, GE_PCT)),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("附：2027年农村饮水安全水质提升工程资金分配明细（单位：万元）", merge=[(1, 4)])
    s.row("片区", "乡镇", "建设内容", "金额")
    s.table([
        ("东片区", "青石镇", "单村供水工程改造4处", 28),
        (None, "柳塘镇", "单村供水工程改造3处", 21),
        (None, "小计", None, 49),
        ("西片区", "白岭乡", "单村供水工程改造5处", 35),
        (None, "松溪乡", "单村供水工程改造4处", 28),
        (None, "石门乡", "单村供水工程改造2处", 14),
        (None, "小计", None, 77),
        ("县本级", "县农村供水管理站", "水质检测设备6套、检测耗材", 54),
        (None, "小计", None, 54),
        ("合计", None, None, 180),
    ], merged=(1,))  # fmt: skip
    s.skip()
    s.row("局长：杜衡舟", None, "经办人：温小棠", "联系电话：0745-6231807")
    return b


def _pdf_rows() -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "举办职业技能培训班", "≥", 16, "期"),
        ("产出指标", "数量指标", "培训农村劳动力", "≥", 800, "人次"),
        ("产出指标", "数量指标", "开发公益性岗位", "≥", 120, "个"),
        ("产出指标", "质量指标", "培训后取证率", "≥", pct(0.8), "%"),
        ("产出指标", "质量指标", "公益性岗位在岗率", "≥", pct(0.95), "%"),
        ("产出指标", "时效指标", "培训补贴发放时限", "≤", 30, "个工作日"),
        ("产出指标", "成本指标", "人均培训补贴标准", "≤", 1800, "元/人"),
        ("产出指标", "成本指标", "公益性岗位补贴标准", "≤", 1000, "元/人·月"),
    ]


@variant("ks02-pdf-page-foot", (4, 9),
         "project, OLD-NAT, converted from PDF: tiers filled down on every row, 比较符 and "
         "计量单位 columns, a page's foot (第 1 页 共 2 页) and the header repeated inside the "
         "table, office and date under it")  # fmt: skip
def ks02() -> Book:
    b = Book()
    s = b.sheet("Table 1", (14, 14, 30, 10, 14, 14))
    project_head(
        s, year=2027, name="农村劳动力转移就业技能培训补助", dept="溪宁县人力资源和社会保障局",
        unit="溪宁县就业服务中心",
        money=[("年度资金总额", money(288, WAN), "其中：财政拨款", money(288, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["举办职业技能培训班16期，培训农村劳动力800人次，开发公益性岗位120个，"
               "促进农村劳动力转移就业。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.row(*header)
    s.table(_pdf_rows()[:6])
    s.row("第 1 页 共 2 页", merge=[(1, 6)])
    s.row(*header)
    s.table([
        *_pdf_rows()[6:],
        ("效益指标", "社会效益指标", "培训后转移就业人数", "≥", 480, "人"),
        ("效益指标", "经济效益指标", "转移就业人员月均收入", "≥", 3500, "元"),
        ("效益指标", "可持续影响指标", "就业帮扶长效机制", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.row("第 2 页 共 2 页", merge=[(1, 6)])
    s.skip()
    s.row("填报单位（盖章）：溪宁县人力资源和社会保障局", None, None, "填报日期：2026年11月16日")
    return b


@variant("ks03-subtotal-wrong", (12,),
         "project, OLD-NAT, 比较符 column and unit column, merged tiers; 附：资金分配明细 "
         "below, one area's 小计 not the sum of its lines (合计 = the budget)")  # fmt: skip
def ks03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 14, 30, 10, 14, 12))
    project_head(
        s, year=2027, name="城乡居民生活垃圾分类收运补助", dept="溪宁县城市管理局",
        unit="溪宁县环境卫生服务中心",
        money=[("年度资金总额", money(260, WAN), "其中：财政拨款", money(230, WAN)),
               ("其他资金", money(30, WAN), None, None)],
        goals=["新增分类收集点150个，购置分类收运车辆6辆，生活垃圾无害化处理率保持100%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table([
        ("产出指标", "数量指标", "新增分类收集点", "≥", 150, "个"),
        (None, None, "购置分类收运车辆", "=", 6, "辆"),
        (None, None, "配备分类督导员", "≥", 80, "人"),
        (None, "质量指标", "生活垃圾无害化处理率", "=", pct(1), "%"),
        (None, None, "收集点设施完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "收运车辆购置完成时间", "≤", "2027年6月30日", None),
        (None, "成本指标", "收集点建设单价", "≤", 0.6, "万元/个"),
        (None, None, "分类督导员补助标准", "≤", 1000, "元/人·月"),
        ("效益指标", "社会效益指标", "城区生活垃圾分类覆盖率", "≥", pct(0.9), "%"),
        (None, "生态效益指标", "生活垃圾回收利用率", "≥", pct(0.35), "%"),
        (None, "可持续影响指标", "垃圾分类长效管理机制", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("附：资金分配明细（单位：万元）", merge=[(1, 4)])
    s.row("类别", "内容", None, "金额")
    s.table([
        ("收集点建设", "城区收集点90个", None, 54),
        (None, "乡镇收集点60个", None, 36),
        (None, "小计", None, mk(100, "B102", "error", alt=("B101",),
                                note="54 + 36 = 90, not 100")),
        ("车辆购置", "分类收运车辆6辆", None, 64),
        (None, "小计", None, 64),
        ("运行补助", "分类督导员补助", None, 96),
        (None, "小计", None, 96),
        ("合计", None, None, ok(260, "error", note="the lines add to 250: the same slip")),
    ], merged=(1,))  # fmt: skip
    b.file_mark(
        "B102",
        "error",
        alt=("B101",),
        required=False,
        note="the wrong 小计 may also be reported against the 合计 or the budget",
    )
    s.skip()
    s.row("局长：蒋若川", None, "经办人：林沛", None, "2026年11月20日")
    return b


@variant("ks04-reckoning-signatures", (4, 12),
         "project, NAT-2021, the budget reckoning written out in one cell with its 合计, "
         "operators in the values, signatures of head and clerk, office and date")  # fmt: skip
def ks04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 14, 14))
    project_head(
        s, year=2027, name="基层医疗卫生人员能力提升培训", dept="溪宁县卫生健康局（603）",
        unit="溪宁县卫生健康局",
        money=[("年度资金总额", money(36, WAN), "其中：财政拨款", money(36, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["组织基层医疗卫生人员培训320人次，举办现场实训8场，培训考核合格率不低于90%。"],
    )  # fmt: skip
    s.row("测算依据", "1.培训费：320人次×0.08万元=25.6万元；2.教材资料费：320套×0.01万元=3.2万元；"
          "3.实训场地租赁费：8场×0.9万元=7.2万元。合计36万元。", merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "培训基层医疗卫生人员", "≥320人次"),
        (None, None, "举办现场实训", "≥8场"),
        (None, None, "发放培训教材", "≥320套"),
        (None, "质量指标", "培训考核合格率", pct(0.9, GE_PCT)),
        (None, "时效指标", "培训完成时间", "2027年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训费", "≤800元/人次"),
        (None, None, "实训场地租赁费", "≤0.9万元/场"),
        ("效益指标", "社会效益指标", "参训人员常见病诊疗能力", "有效提升"),
        (None, None, "乡镇卫生院门诊服务量", "≥12万人次"),
        (None, "可持续影响指标", "基层卫生人才培训机制", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", pct(0.9, GE_PCT)),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("单位负责人（局长）：韩立川", None, "经办人：苏映", "联系电话：0745-6238842")
    s.row("填报单位（盖章）：溪宁县卫生健康局", None, None, "填报日期：2026年11月18日")
    return b


@variant("ks05-money-by-year", (8, 12),
         "three-year project, NAT-2021, money by year as 2027年 │ 520 pairs, 中期 and 年度 "
         "value columns, merged tiers, cumulative counts smaller in the year")  # fmt: skip
def ks05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 16, 30, 16, 16, 14, 14))
    project_head(
        s, year=2027, years=3, name="县城老旧小区改造配套设施建设", dept="溪宁县住房和城乡建设局",
        unit="溪宁县城市建设投资服务中心", attr="新增项目",
        money=[("中期资金总额", money(1280, WAN), "年度资金总额", money(520, WAN)),
               ("其中：财政拨款", money(1080, WAN), "其中：财政拨款", money(440, WAN)),
               ("其他资金", money(200, WAN), "其他资金", money(80, WAN))],
        goals=["2027—2029年改造老旧小区42个，惠及居民5600户，完善供水、排水、照明等配套设施。",
               "2027年改造老旧小区16个，惠及居民2100户，完成雨污分流管网改造9公里。"],
    )  # fmt: skip
    s.row("分年度资金（万元）", "2027年", 520, "2028年", 460, "2029年", 300)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "改造老旧小区", "≥42个", "≥16个"),
        (None, None, "惠及居民户数", "≥5600户", "≥2100户"),
        (None, None, "雨污分流管网改造长度", "≥24公里", "≥9公里"),
        (None, None, "新增公共照明灯具", "≥900盏", "≥350盏"),
        (None, "质量指标", "改造工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度改造任务完成时间", "每年12月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "单个小区改造补助标准", "≤30万元/个", "≤30万元/个"),
        ("效益指标", "社会效益指标", "小区排水内涝点消除", "≥30处", "≥11处"),
        (None, "生态效益指标", "小区生活污水收集处理", "明显改善", "明显改善"),
        (None, "可持续影响指标", "改造后小区长效管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", pct(0.9, GE_PCT),
         pct(0.9, GE_PCT)),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("局长：孔令徽", None, "经办人：岑露", None, "2026年11月12日")
    return b


@variant("ks06-rate-as-count", (1, 3),
         "project, OLD-NAT, tiers filled down, numbers as text and units in a 备注 column; "
         "one 完成率 given as a count of sessions")  # fmt: skip
def ks06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 14, 20, 14))
    project_head(
        s, year=2027, name="中小学教师全员培训", dept="溪宁县教育局", unit="溪宁县教师发展中心",
        money=[("年度资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["开展中小学教师全员培训1600人次，其中骨干教师专题研修200人次，培训合格率95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "教师全员培训", "1600", "单位：人次"),
        ("产出指标", "数量指标", "骨干教师专题研修", "200", "单位：人次"),
        ("产出指标", "数量指标", "送教下乡活动", "24", "单位：场"),
        ("产出指标", "质量指标", "培训合格率", pct(0.95), None),
        ("产出指标", "质量指标", "年度培训计划完成率",
         mk("12", "T105", "error", note="a 完成率 given as 12 (期)"), "单位：期"),
        ("产出指标", "时效指标", "培训任务完成时间", "2027年12月前", None),
        ("产出指标", "成本指标", "人均培训成本", "≤400", "单位：元/人次"),
        ("效益指标", "社会效益指标", "教师课堂教学能力", "明显提升", None),
        ("效益指标", "社会效益指标", "培训成果在课堂中应用的教师比例", pct(0.8), None),
        ("效益指标", "可持续影响指标", "教师培训学分管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", pct(0.9), None),
    ])  # fmt: skip
    s.skip()
    s.row("局长：龚立成", None, "经办人：黎晓禾", None, "2026年11月19日")
    return b


@variant("ks07-stacked-filled-down", (2,),
         "two projects stacked on one sheet, OLD-NAT, tiers filled down on every row, 比较符 "
         "column, amounts as text, a signature after each table")  # fmt: skip
def ks07() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 14, 30, 10, 14, 14))
    project_head(
        s, year=2027, name="农产品质量安全监测", dept="溪宁县农业农村局",
        unit="溪宁县农产品质量检测站",
        money=[("年度资金总额", "45", "其中：财政拨款", "45"), ("其他资金", "0", None, None)],
        goals=["全年完成农产品质量安全定量检测1500批次，快速检测12000批次，监测合格率98%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "农产品定量检测", "≥", "1500", "批次"),
        ("产出指标", "数量指标", "农产品快速检测", "≥", "12000", "批次"),
        ("产出指标", "质量指标", "检测结果准确率", "≥", pct(0.98), "%"),
        ("产出指标", "时效指标", "检测报告出具时限", "≤", "7", "个工作日"),
        ("产出指标", "成本指标", "定量检测单价", "≤", "200", "元/批次"),
        ("效益指标", "社会效益指标", "农产品质量安全监测合格率", "≥", pct(0.98), "%"),
        ("效益指标", "可持续影响指标", "农产品质量追溯体系", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.row("局长：邵禾生", None, "经办人：龙一苇")
    s.skip(2)
    project_head(
        s, year=2027, name="高标准农田建后管护", dept="溪宁县农业农村局",
        unit="溪宁县农田建设服务中心",
        money=[("年度资金总额", "72", "其中：财政拨款", "60"), ("其他资金", "12", None, None)],
        goals=["对已建成的4.8万亩高标准农田开展建后管护，修复损毁沟渠、机耕路，设施完好率90%以上。"],
        title="",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "管护高标准农田面积", "≥", "4.8", "万亩"),
        ("产出指标", "数量指标", "修复损毁沟渠", "≥", "26", "公里"),
        ("产出指标", "数量指标", "修复机耕路", "≥", "18", "公里"),
        ("产出指标", "质量指标", "管护设施完好率", "≥", pct(0.9), "%"),
        ("产出指标", "时效指标", "损毁设施修复时限", "≤", "30", "天"),
        ("产出指标", "成本指标", "亩均管护费用", "≤", "15", "元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩产", "≥", "520", "公斤"),
        ("效益指标", "可持续影响指标", "建后管护责任制落实", "=", "到位", None),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.row("局长：邵禾生", None, "经办人：章澜")
    return b
