"""Project returns a careful reviewer signs as correct: standards × counts within the budget,
ranges written low to high, deadlines inside the year, 中期 above 年度, parts inside their
wholes."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout93.registry import variant
from tests.variants.kit import WAN, Book, day, money, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ky01-dibao-household-month", (12,), "project, NAT-2021, 4 columns merged, 元/户·月")
def ky01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="枫泽县农村最低生活保障提标补助", dept="枫泽县民政局 413001",
                 unit="枫泽县民政局", money=[
                     ("年度资金总额", money(760, WAN), "其中：财政拨款", money(700, WAN)),
                     ("其他资金", money(60, WAN), None, None)],
                 goals=["按月足额发放农村低保金，保障"
                        "1200户困难家庭基本生活。"])  # fmt: skip
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "农村低保保障户数", "≥1200户"),
        (None, None, "动态核查覆盖乡镇数", "≥14个"),
        (None, "质量指标", "保障对象认定准确率", "≥98%"),
        (None, None, "资金发放到户率", pct(1)),
        (None, "时效指标", "低保金按月发放及时率", pct(1)),
        (None, None, "新申请审批办结时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "农村低保户月补助标准", "≤520元/户·月"),
        (None, None, "核查工作经费", "≤8万元"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障水平", "有效保障"),
        (None, None, "应保尽保率", pct(1)),
        (None, "可持续影响指标", "低保动态管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("填报人：周岚", None, "联系电话：0731-5520113", None)
    return b


@variant("ky02-three-year-roads", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns")
def ky02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=3, name="云岙市农村公路提档升级工程", dept="云岙市交通运输局",
                 unit="云岙市公路事业发展中心", attr="新增项目", money=[
                     ("中期资金总额", money(4800, WAN), "年度资金总额", money(1600, WAN)),
                     ("其中：财政拨款", money(4500, WAN), "其中：财政拨款", money(1500, WAN)),
                     ("其他资金", money(300, WAN), "其他资金", money(100, WAN))],
                 goals=["2026—2028年完成农村公路提档升级120公里，改造危桥18座。",
                        "2026年完成农村公路提档升级40公里，改造危桥6座。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "农村公路提档升级里程", "≥120公里", "≥40公里"),
        (None, None, "危桥改造座数", "≥18座", "≥6座"),
        (None, None, "安保设施完善里程", "≥200公里", "≥70公里"),
        (None, "质量指标", "交工验收合格率", pct(1), pct(1)),
        (None, None, "路面平整度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度计划完成率", "≥95%", "≥95%"),
        (None, "成本指标", "每公里提档升级成本", "≤35万元/公里", "≤35万元/公里"),
        (None, None, "危桥改造单座成本", "≤30万元/座", "≤30万元/座"),
        ("效益指标", "经济效益指标", "沿线农产品运输成本降低", "≥8%", "≥5%"),
        (None, "社会效益指标", "通行政村公路等级达标率", "≥96%", "≥92%"),
        (None, "生态效益指标", "施工期扬尘投诉次数", "≤3次", "≤1次"),
        (None, "可持续影响指标", "管养机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("单位负责人：韩立川", None, None, "填报日期：", day(2025, 11, 18))
    return b


@variant("ky04-arable-subsidy-mu", (12,), "project, OLD-NAT, operator and unit columns, 元/亩")
def ky04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 14, 12))
    project_head(s, year=2026, name="石湄区耕地地力保护补贴", dept="石湄区农业农村局",
                 unit="石湄区农业农村局", attr="常年项目", money=[
                     ("年度资金总额", money(1050, WAN), "其中：财政拨款", money(1050, WAN)),
                     ("其他资金", money(0, WAN), None, None)],
                 goals=["对8.5万亩耕地按每亩120元发放"
                        "地力保护补贴，引导农民保护耕地地力。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "补贴耕地面积", "≥", 8.5, "万亩"),
        (None, None, "补贴发放农户数", "≥", 21000, "户"),
        (None, "质量指标", "补贴面积核实准确率", "≥", pct(0.98), "%"),
        (None, None, "补贴资金一卡通发放率", "=", pct(1), "%"),
        (None, "时效指标", "补贴资金发放完成时间", "≤", "2026年6月30日", None),
        (None, "成本指标", "每亩补贴标准", "≤", 120, "元/亩"),
        ("效益指标", "经济效益指标", "补贴户均增收", "≥", 480, "元"),
        (None, "生态效益指标", "耕地质量等级提升", "定性", "有所提升", None),
        (None, None, "秸秆还田面积", "≥", 3.2, "万亩"),
        (None, "可持续影响指标", "耕地保护意识", "定性", "明显增强", None),
        ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：补贴面积以二轮承包面积为基数，扣除已改变用途耕地。")
    return b


@variant("ky06-stacked-two-clinics", (2,), "two projects stacked, OLD-NAT, one value column")
def ky06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="枫泽县村卫生室运行补助", dept="枫泽县卫生健康局",
                 unit="枫泽县卫生健康局", money=[
                     ("年度资金总额", money(216, WAN), "其中：财政拨款", money(216, WAN)),
                     ("其他资金", money(0, WAN), None, None)],
                 goals=["对180个村卫生室按每室每"
                        "年1.2万元给予运行补助。"])  # fmt: skip
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "补助村卫生室数", "≥180个"),
        (None, "质量指标", "村卫生室标准化建设达标率", "≥90%"),
        (None, "时效指标", "补助资金拨付及时率", pct(1)),
        (None, "成本指标", "每室年运行补助标准", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "村级基本医疗服务覆盖率", pct(1)),
        (None, "可持续影响指标", "村医队伍稳定性", "稳定"),
        ("满意度指标", "服务对象满意度指标", "村民就医满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="枫泽县家庭医生签约服务补助", dept="枫泽县卫生健康局",
                 unit="枫泽县基层卫生指导中心", title="", money=[
                     ("年度资金总额", money(150, WAN), "其中：财政拨款", money(120, WAN)),
                     ("其他资金", money(30, WAN), None, None)],
                 goals=["重点人群家庭医生签约服务5"
                        "万人，每人每年补助30元。"])  # fmt: skip
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "重点人群签约人数", "≥50000人"),
        (None, None, "签约团队数", "≥60个"),
        (None, "质量指标", "重点人群签约率", "≥75%"),
        (None, "时效指标", "签约服务经费拨付及时率", pct(1)),
        (None, "成本指标", "人均签约服务补助标准", "≤30元/人"),
        ("效益指标", "社会效益指标", "慢性病患者规范管理率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥88%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ky07-range-and-deadline", (1,), "project, NAT-2021, weight column, a range low to high")
def ky07() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(s, year=2026, name="云岙市城市污水处理厂运营补助", dept="云岙市住房和城乡建设局",
                 unit="云岙市排水管理处", money=[
                     ("年度资金总额", money(980, WAN), "其中：财政拨款", money(900, WAN)),
                     ("其他资金", money(80, WAN), None, None)],
                 goals=["保障两座污水处理厂稳定运行，全年处理污"
                        "水3600万吨，出水稳定达到一级A标准。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table([
        ("产出指标", "数量指标", "年污水处理量", "≥3600万吨", 10),
        (None, None, "污泥无害化处置量", "≥9000吨", 8),
        (None, "质量指标", "出水水质达标率", pct(1), 10),
        (None, None, "污泥含水率", "≤60%", 6),
        (None, None, "设备完好率", "≥95%", 6),
        (None, "时效指标", "提标改造设备调试完成时间", "2026年11月30日前", 5),
        ("成本指标", "经济成本指标", "吨水处理运营补助单价", "≤0.27元/吨", 5),
        ("效益指标", "生态效益指标", "COD年削减量", "≥7200吨", 10),
        (None, None, "城市污水集中收集率", "≥72%", 10),
        (None, "社会效益指标", "黑臭水体返黑返臭次数", "0次", 5),
        (None, "可持续影响指标", "运营监管机制", "健全", 5),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "85%-92%", 10),
        (None, None, "运营单位对补助兑付满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "ky08-parts-inside-whole", (12,), "project, OLD-NAT, 当年财政拨款 and 上年结转, goals agree"
)
def ky08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="石湄区老旧小区加装电梯补助", dept="石湄区住房保障中心",
                 unit="石湄区住房保障中心", attr="延续项目", money=[
                     ("年度资金总额", money(600, WAN), "其中：当年财政拨款", money(450, WAN)),
                     ("上年结转", money(100, WAN), "其他资金", money(50, WAN))],
                 goals=["完成老旧小区加装电梯40部"
                        "，每部补助不超过15万元。"])  # fmt: skip
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "加装电梯数量", "≥40部"),
        (None, None, "受益居民户数", "≥960户"),
        (None, "质量指标", "电梯安装验收合格率", pct(1)),
        (None, "时效指标", "补助资金兑付时限", "验收后≤30日"),
        (None, "成本指标", "单部电梯补助标准", "≤15万元/部"),
        ("效益指标", "社会效益指标", "老年居民出行便利度", "明显提高"),
        (None, None, "加装电梯安全事故发生数", "0起"),
        (None, "可持续影响指标", "电梯维保责任落实率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("主管部门审核意见：同意上报。", None, None, "（盖章）")
    return b
