"""Returns kk07–kk12: operator and direction columns, points, stacked projects, flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout79.common import footer, header
from tests.variants.holdout79.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant("kk07-old-nat-direction-column", (11, 1),
         "project, OLD-NAT, 指标性质 (正向/反向) and 比较符 columns, percent cells, "
         "反向 rates with ≤")  # fmt: skip
def kk07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 12, 10, 12, 12))
    project_head(
        s, year=2026, name="东屿区城市生活垃圾分类收运", dept="东屿区城市管理局",
        unit="东屿区环境卫生服务中心", attr="延续项目",
        money=[("年度资金总额", money(864, WAN), "其中：财政拨款", money(864, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["覆盖全区120个小区的生活垃圾分类收运，日均收运量不低于300吨，生活垃圾回收利用率"
               "达到38%以上。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "分类收运覆盖小区", "正向", "≥", 120, "个"),
        (None, None, "日均生活垃圾收运量", "正向", "≥", 300, "吨"),
        (None, None, "配置分类收运车辆", "正向", "≥", 24, "辆"),
        (None, "质量指标", "垃圾分类准确率", "正向", "≥", pct(0.85), "%"),
        (None, None, "收运车辆密闭化率", "正向", "=", pct(1), "%"),
        (None, None, "收运作业投诉率", "反向", "≤", pct(0.01), "%"),
        (None, "时效指标", "垃圾日产日清率", "正向", "=", pct(1), "%"),
        (None, "成本指标", "每吨垃圾收运成本", "反向", "≤", 78, "元/吨"),
        ("效益指标", "社会效益指标", "生活垃圾回收利用率", "正向", "≥", pct(0.38), "%"),
        (None, "生态效益指标", "收运环节渗滤液泄漏事故发生率", "反向", "≤",
         pct(0.005, "0.0%"), "%"),
        (None, "可持续影响指标", "垃圾分类长效管理制度执行率", "正向", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "正向", "≥", pct(0.88), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("注：每吨收运成本78元 × 日均300吨 × 365天 ≈ 854万元，余额用于车辆维护。")
    footer(s, "东屿区城市管理局", "吴晓东", "0592-6178325", "2025年10月9日")
    return b


@variant("kk08-elderly-canteen-points", (10, 11),
         "project, NAT-2021, 分值 column with a 合计 row of 100 while the scores add to 90; a "
         "complaint rate with ≥")  # fmt: skip
def kk08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 10, 24))
    project_head(
        s, year=2026, name="社区老年助餐服务补助", dept="岚山区民政局",
        unit="岚山区养老服务指导中心",
        money=[("年度资金总额", 216, "其中：财政拨款", 216), ("其他资金", 0, None, None)],
        goals=["支持18个社区老年食堂运营，全年提供助餐服务不少于36万人次，助餐补助按每人次6元发放。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值", "评分标准")
    s.table([
        ("产出指标", "数量指标", "运营社区老年食堂", "≥18个", 10, "每少1个扣1分"),
        (None, None, "助餐服务人次", "≥36万人次", 10, "按完成比例得分"),
        (None, "质量指标", "食品安全检查合格率", "100%", 10, "不达标不得分"),
        (None, None, "助餐补助发放准确率", "100%", 5, None),
        (None, "时效指标", "补助资金按季度拨付及时率", "100%", 5, None),
        ("成本指标", "经济成本指标", "每人次助餐补助标准", "≤6元/人次", 10, "超标准不得分"),
        ("效益指标", "社会效益指标", "辖区老年人助餐服务覆盖率", "≥60%", 10, None),
        (None, None, "助餐服务投诉率",
         mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应写≤"), 10, None),
        (None, "可持续影响指标", "老年食堂持续运营率", "≥90%", 10, None),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%", 10, None),
        ("合计", None, None, None, 100, None),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("W101", "error", note="各项分值加起来是90，不是合计栏的100")
    footer(s, "岚山区民政局", "孙秀兰", "0539-7712046", "2025年10月22日")
    return b


@variant("kk09-stacked-two-projects", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator with "
         "different values in each")  # fmt: skip
def kk09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 16, 30, 20, 16, 16))
    project_head(
        s, year=2026, name="乡镇综合文化站免费开放", dept="溪口县文化广电和旅游局",
        unit="溪口县文化馆", attr="常年项目",
        money=[("年度资金总额", 96, "其中：财政拨款", 96), ("其他资金", 0, None, None)],
        goals=["全县12个乡镇综合文化站全年免费开放，每站年开展群众文化活动不少于24场。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "免费开放文化站", "12个"),
        (None, None, "群众文化活动场次", "≥288场"),
        (None, "质量指标", "文化站免费开放达标率", "100%"),
        (None, "时效指标", "补助资金拨付时间", "2026年6月底前"),
        (None, "成本指标", "每站年度运行补助", "≤8万元/站"),
        ("效益指标", "社会效益指标", "文化站年服务群众人次", "≥12万人次"),
        (None, "可持续影响指标", "文化站管理员在岗率", "100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2026, title="", name="非物质文化遗产保护传承", dept="溪口县文化广电和旅游局",
        unit="溪口县非物质文化遗产保护中心", attr="延续项目",
        money=[("年度资金总额", 45, "其中：财政拨款", 40), ("其他资金", 5, None, None)],
        goals=["开展非遗项目记录整理，扶持传承人带徒授艺，举办非遗展演活动。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "非遗项目数字化记录", "≥6项"),
        (None, None, "扶持代表性传承人", "≥15人"),
        (None, None, "群众文化活动场次", "≥10场"),
        (None, "质量指标", "记录成果验收合格率", "100%"),
        (None, "时效指标", "传承人补助发放时间", "2026年9月底前"),
        (None, "成本指标", "每名传承人年度补助", "≤1万元/人"),
        ("效益指标", "社会效益指标", "传承人带徒人数", "≥45人"),
        (None, "可持续影响指标", "非遗项目存续率", "100%"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "溪口县文化广电和旅游局", "谢明辉", "0576-8390127", "2025年11月6日")
    return b


@variant("kk10-no-benefit-tier", (5,),
         "project, NAT-2021, 比较符 and 计量单位 columns; the 效益指标 tier is missing "
         "altogether")  # fmt: skip
def kk10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="县级政务服务中心窗口改造", dept="石门县政务服务管理局",
        unit="石门县政务服务中心", attr="一次性项目",
        money=[("年度资金总额", money(85, WAN), "其中：财政拨款", money(85, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["改造政务服务中心综合受理窗口40个，配置自助终端20台，实现一窗通办。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="没有效益指标：一级指标只有产出、成本、满意度")
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "改造综合受理窗口", "≥", 40, "个"),
        (None, None, "配置政务服务自助终端", "≥", 20, "台"),
        (None, None, "窗口工作人员业务培训", "≥", 120, "人次"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "自助终端正常运行率", "≥", pct(0.98), "%"),
        (None, "时效指标", "窗口改造完成时间", "≤", "2026年8月31日", None),
        ("成本指标", "经济成本指标", "自助终端采购单价", "≤", 1.6, "万元/台"),
        (None, None, "窗口改造总成本", "≤", 53, "万元"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥", pct(0.95), "%"),
        (None, None, "窗口工作人员满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "石门县政务服务管理局", "杨志强", "0736-5306618", "2025年10月17日")
    return b


@variant("kk11-flat-department", (3,),
         "department, flat list (指标名称 · 计量单位 · 比较符 · 指标值 · 权重), percent cells, "
         "weights add to 100")  # fmt: skip
def kk11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (20, 30, 14, 12, 14, 10))
    department_head(
        s, year=2026, dept="青岚市档案馆",
        budget=[(620, 600, 20, 470, 150)],
        tasks=[("档案数字化", "馆藏纸质档案扫描、著录", 90, "完成档案数字化60万页"),
               ("档案安全保管", "库房设施维护、温湿度监控", 35, "档案完好率100%"),
               ("档案利用服务", "查档接待、编研出版", 25, "出版编研成果2部"),
               ("金额合计", None, 150, None)],
        goal="推进馆藏档案数字化，确保档案实体和信息安全，提升档案利用服务水平。",
    )  # fmt: skip
    header(s, "序号", "指标名称", "计量单位", "比较符", "指标值", "权重")
    s.table([
        (1, "馆藏档案数字化页数", "万页", "≥", 60, 15),
        (2, "档案数字化著录准确率", "%", "≥", pct(0.99), 10),
        (3, "接收进馆档案", "卷", "≥", 8000, 10),
        (4, "档案库房温湿度达标率", "%", "≥", pct(0.95), 10),
        (5, "档案完好率", "%", "=", pct(1), 10),
        (6, "查档接待人次", "人次", "≥", 6000, 10),
        (7, "编研成果出版", "部", "≥", 2, 5),
        (8, "每万页数字化成本", "万元/万页", "≤", 1.5, 10),
        (9, "档案安全事故发生次数", "次", "=", 0, 10),
        (10, "查档群众满意度", "%", "≥", pct(0.95), 10),
    ])  # fmt: skip
    footer(s, "青岚市档案馆", "冯静", "0745-2218364", "2025年11月18日")
    return b


@variant("kk12-safety-duplicate", (11,),
         "project, NAT-2021, values with a 计量单位 column; one indicator under two tier-2s, an "
         "accident rate with ≥")  # fmt: skip
def kk12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 18, 12, 20))
    project_head(
        s, year=2026, name="危险化学品企业安全生产专项检查", dept="云阳县应急管理局",
        unit="云阳县安全生产执法大队",
        money=[("年度资金总额", 64, "其中：财政拨款", 64), ("其他资金", 0, None, None)],
        goals=["对全县危险化学品生产经营企业开展全覆盖安全检查，委托第三方专家开展隐患排查，"
               "重大隐患整改率100%。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "检查危险化学品企业", "≥85", "家", None),
        (None, None, "聘请第三方专家检查", "≥160", "人次", None),
        (None, None, "开展应急演练",
         mk("≥4", "*", "warning", required=False, row=True, note="与下方社会效益指标重复的第一处"),
         "次", None),
        (None, "质量指标", "重大隐患整改率", "100%", None, None),
        (None, None, "检查覆盖率", "100%", None, None),
        (None, "时效指标", "隐患整改闭环时限", "≤30", "工作日", None),
        ("成本指标", "经济成本指标", "专家检查每人次费用", "≤2000", "元/人次",
         "160人次×0.2万元=32万元"),
        (None, None, "企业安全评估委托费用", "≤32", "万元", None),
        ("效益指标", "社会效益指标",
         mk("开展应急演练", "D101", "warning", row=True, alt=("D103", "D102", "F201"),
            note="数量指标下已有同一指标“开展应急演练 ≥4次”：一个产出数量重复填在社会效益指标下"),
         "≥4", "次", None),
        (None, None, "危化品生产安全事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="事故发生率是反向指标，应写≤"), None, None),
        (None, "可持续影响指标", "企业安全管理制度健全率", "≥95%", None, None),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", None, None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "云阳县应急管理局", "马振宇", "0718-3562247", "2025年10月25日")
    return b
