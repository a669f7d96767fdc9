"""Correct returns of libraries, culture centres and museums (mw01, mw02, mw03, mw09, mw10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout143.common import footer, proj_money
from tests.variants.holdout143.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, money, pct


@variant("mw01-library-free-open", (1,), "project, NAT-2021, one value column with units "
         "inside the values, tiers merged down, a 备注 column; all consistent")  # fmt: skip
def library_free_open() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 22, 18))
    project_head(
        s, year=2026, name="青岚市图书馆免费开放补助项目", dept="青岚市文化广电旅游体育局（417）",
        unit="青岚市图书馆", attr="常年项目",
        money=proj_money(186.5, 160, 26.5, 186.5, 160, 26.5),
        goals=["保障市图书馆全年免费开放，开展公益讲座、展览和全民阅读推广活动，"
               "提升公共阅读服务水平，读者满意度保持在90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "免费开放天数", "≥300天", "含周末及法定节假日"),
        (None, None, "年接待读者人次", "≥45万人次", "按门禁系统统计"),
        (None, None, "举办公益讲座、展览", "≥80场", None),
        (None, None, "新增馆藏图书", "≥1.2万册", None),
        (None, "质量指标", "图书借阅服务差错率", "≤0.5%", None),
        (None, None, "数字资源服务可用率", "≥98%", None),
        (None, "时效指标", "补助资金拨付及时率", pct(1.0), "按季度拨付"),
        ("成本指标", "经济成本指标", "读者人均服务成本", "≤3.8元/人次", None),
        ("效益指标", "社会效益指标", "城区15分钟阅读圈覆盖率", "≥90%", None),
        (None, None, "全民阅读活动参与人次", "≥6万人次", None),
        (None, "可持续影响指标", "免费开放长效保障机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥92%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "周雨桐", "0738-6123457", "2025年11月18日")
    return b


@variant("mw02-songxi-xiaxiang", (1,), "project, OLD-NAT, 比较符 column, bare numbers and "
         "percent cells, 计量单位 column; 0.75万元/场 × 120场 = 90 within 96")  # fmt: skip
def songxi_xiaxiang() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="白沙河区送戏下乡惠民演出项目", dept="白沙河区文化广电旅游体育局",
        unit="白沙河区文化馆",
        money=proj_money(96, 96, 0, 96, 96, 0),
        goals=["组织专业及业余文艺团队深入全区行政村开展送戏下乡演出不少于120场，"
               "覆盖行政村85个以上，丰富农村群众精神文化生活。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥", 120, "场"),
        (None, None, "覆盖行政村数量", "≥", 85, "个"),
        (None, None, "观看演出群众", "≥", 3.6, "万人次"),
        (None, "质量指标", "演出剧目审查合格率", "=", pct(1.0), "%"),
        (None, None, "原创或改编地方特色节目占比", "≥", pct(0.3), "%"),
        (None, "时效指标", "演出按排期准时开演率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每场演出补助标准", "≤", 0.75, "万元/场"),
        ("效益指标", "社会效益指标", "受益乡镇（街道）覆盖率", "=", pct(1.0), "%"),
        (None, "可持续影响指标", "送戏下乡常态化工作机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "陈立新", "0731-8842615", "2025年11月20日")
    return b


@variant("mw03-heritage-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns, counts lower in the year, a unit cost within both budgets")  # fmt: skip
def heritage_three_year() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 20, 20, 14))
    project_head(
        s, year=2026, years=3, name="临溪县明清古建筑群文物保护修缮工程",
        dept="临溪县文化广电旅游体育局", unit="临溪县文物保护中心", attr="新增项目",
        money=proj_money(900, 780, 120, 320, 280, 40),
        goals=["用三年时间完成明清古建筑群14处文物建筑的修缮和数字化建档，排除全部结构险情，"
               "建立日常管护机制。",
               "完成首批5处文物建筑修缮，修缮面积450平方米以上，完成90件文物数字化建档。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标值设定依据")
    s.table([
        ("成本指标", "经济成本指标", "修缮工程单位造价", "≤6500元/平方米", "≤6500元/平方米",
         "行业标准"),
        ("产出指标", "数量指标", "修缮文物建筑", "≥14处", "≥5处", "计划标准"),
        (None, None, "修缮面积", "≥1200平方米", "≥450平方米", "计划标准"),
        (None, None, "文物数字化建档", "≥260件", "≥90件", "计划标准"),
        (None, "质量指标", "修缮工程验收合格率", pct(1.0), pct(1.0), "行业标准"),
        (None, None, "修缮方案省级审批通过率", pct(1.0), pct(1.0), "行业标准"),
        (None, "时效指标", "修缮任务完成时间", "2028年12月31日前", "2026年12月31日前",
         "计划标准"),
        ("效益指标", "社会效益指标", "文物建筑结构险情排除率", pct(1.0), pct(1.0), "计划标准"),
        (None, None, "修缮后文物建筑对外开放率", "≥80%", "≥60%", "计划标准"),
        (None, "可持续影响指标", "文物日常管护机制", "健全", "建立", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "罗建平", "0745-3328061", "2025年11月25日")
    return b


@variant("mw09-public-service-two-line", (8,), "two-year project, NAT-2021, two-line header "
         "(指标值 over 实施期, 2026年度), 比较符 and unit columns, tiers filled down")  # fmt: skip
def public_service_two_line() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 10, 16, 14, 12))
    project_head(
        s, year=2026, years=2, name="临溪县公共文化服务效能提升项目",
        dept="临溪县文化广电旅游体育局", unit="临溪县文化馆", attr="新增项目",
        money=proj_money(380, 380, 0, 200, 200, 0),
        goals=["两年内建设流动文化服务点40个，举办公益性培训班160期，公共文化服务达到90万人次。",
               "本年度建设流动文化服务点20个，举办公益性培训班75期，服务群众42万人次。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", None, "计量单位",
          merge=[(5, 6)])  # fmt: skip
    s.row(None, None, None, None, "实施期（2026—2027年）", "2026年度", None)
    for c in (1, 2, 3, 4, 7):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "公共文化服务人次", "≥", 90, 42, "万人次"),
        ("产出指标", "数量指标", "流动文化服务点建设数量", "≥", 40, 20, "个"),
        ("产出指标", "数量指标", "公益性培训班", "≥", 160, 75, "期"),
        ("产出指标", "质量指标", "数字文化资源上线审核合格率", "≥", pct(0.95), pct(0.95), "%"),
        ("产出指标", "时效指标", "服务点设备安装及时率", "≥", pct(0.95), pct(0.95), "%"),
        ("成本指标", "经济成本指标", "公共文化服务人均成本", "≤", 4, 4, "元/人次"),
        ("效益指标", "社会效益指标", "群众文化活动参与率", "≥", pct(0.6), pct(0.6), "%"),
        ("效益指标", "可持续影响指标", "流动服务点运行管理制度", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "欧阳蕾", "0745-3321907", "2025年12月2日", boss="唐志军")
    return b


@variant("mw10-museum-shanghai-yuan", (1,), "project, Shanghai framework (投入与管理 … "
         "影响力目标), one column 指标目标值, money in 元 by number format")  # fmt: skip
def museum_shanghai_yuan() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 14, 32, 18, 18, 18))
    s.title("2026年度财政项目支出绩效目标表", 6)
    s.row("项目名称", "青岚市博物馆免费开放运行保障", None, "主管部门", "青岚市文化广电旅游体育局",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目单位", "青岚市博物馆", None, "项目类别", "经常性专项业务费", merge=[(2, 3), (5, 6)])
    s.row("项目开始日期", day(2026, 1, 1, CN_DATE), None, "项目结束日期",
          day(2026, 12, 31, CN_DATE), merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目总预算（元）", money(2380000, YUAN), None, "项目当年预算（元）",
          money(2380000, YUAN), merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("其中：财政拨款（元）", money(2380000, YUAN), None, "其他资金（元）", money(0, YUAN),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度绩效目标", "保障博物馆全年免费开放，举办展览8个以上、社教活动150场以上，"
          "接待观众38万人次，观众满意度不低于92%。", merge=[(2, 6)])  # fmt: skip
    s.row("一级目标", "二级目标", "三级目标", "指标目标值", None, None, merge=[(4, 6)])
    rows = [
        ("投入与管理", "投入管理", "预算执行率", "≥95%"),
        (None, "财务管理", "资金使用合规性", "合规"),
        (None, "实施管理", "免费开放管理制度健全性", "健全"),
        (None, "资产管理", "藏品账物相符率", pct(1.0)),
        ("产出目标", "数量", "举办展览", "≥8个"),
        (None, None, "开展社教活动", "≥150场"),
        (None, None, "接待观众", "≥38万人次"),
        (None, "质量", "展陈设施完好率", "≥98%"),
        (None, "时效", "临时展览按期开展率", "≥95%"),
        (None, "成本", "免费开放运行成本", "≤2380000元"),
        ("效果目标", "社会效益", "未成年人观众占比", "≥25%"),
        (None, "满意度", "观众满意度", "≥92%"),
        ("影响力目标", "长效管理", "免费开放长效运行机制", "建立并执行"),
        (None, "信息共享", "藏品信息公开共享", "有效"),
    ]
    first = s.r + 1
    s.table(rows, merged=(1, 2))
    for r in range(first, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    footer(s, "沈佳怡", "021-58362214", "2025年10月30日")
    return b
