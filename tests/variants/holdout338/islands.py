"""Island water supply: water quality compliance and supply to island households."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout338.common import CN, Y, indicators, one_year, sign, start
from tests.variants.holdout338.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant("uj07-island-labels", (5,),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（60分）, "
         "（一）数量指标), ★ and * marks, abbreviated labels (correct)")  # fmt: skip
def uj07() -> Book:
    b, s = start("Sheet1")
    project_head(s, year=Y, name="螺湾渔村淡化水入户管网延伸", dept="螺湾乡人民政府",
                 unit="螺湾乡村镇建设服务中心", money=one_year(380, 330, 50),
                 goals=["将淡化厂供水管网延伸至螺湾、后澳两个渔村，新增入户1350户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（60分）", "（一）数量指标", "新增供水入户", "≥1350户"),
        (None, None, "新建配水管道", "≥14.5公里"),
        (None, "（二）质量指标", "管道试压一次合格率", "≥98%"),
        (None, "（三）时效", "通水时间", "2025年11月30日前"),
        (None, "（四）成本指标", "单户接水成本", "≤0.2万元/户"),
        ("二、效益指标（30分）", "★社会效益", "渔村集中供水覆盖率", "≥95%"),
        (None, "*可持续影响指标", "管网设计使用年限", "≥30年"),
        ("三、满意度指标（10分）", "服务对象满意度", "入户居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝立峰", "0571-6902 4418")
    return b


@variant("uj08-island-template-rows", (6, 11, 13),
         "project, NAT-2021, header 预期目标, operators inside the values: a 时效指标 template row "
         "left empty, a value without a name, ≥ on a leakage rate")  # fmt: skip
def uj08() -> Book:
    b, s = start("Sheet1")
    project_head(s, year=Y, name="望澜岛供水管网漏损治理", dept="汐澜县水务局（417）",
                 unit="望澜岛供水所", money=one_year(210, 180, 30),
                 goals=["更换老旧管道9公里，安装分区计量表，降低管网漏损。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "更换老旧供水管道", "≥9公里"),
        (None, None, "安装分区计量水表", "≥26块"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "每公里管道更换成本", "≤15万元/公里"),
        ("效益指标", "社会效益指标", "入户水压达标户数", "≥2100户"),
        (None, "生态效益指标", "管网漏损率",
         mk("≥12%", "T108", "warning", row=True, note="漏损率是反向指标，应为≤")),
        ("满意度指标", "服务对象满意度指标", "岛民用水满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑若川", "0571-6902 4471")
    return b


@variant("uj09-island-content-standard", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a note row inside, header repeated "
         "after a page break, ≤0起 on an incident count, a footnote explaining the "
         "total (correct)")  # fmt: skip
def uj09() -> Book:
    b, s = start("Sheet1")
    project_head(s, year=Y, name="海岛淡化水水质监测与安全保障", dept="汐澜县卫生健康局",
                 unit="汐澜县疾病预防控制中心", money=one_year(146, 126, 20),
                 goals=["对全县9座淡化站出厂水和末梢水开展全年监测，确保饮水安全。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "出厂水及末梢水监测点位", "≥36个"),
        (None, None, "全年水样检测批次", "≥432批次"),
        (None, "质量指标", "检测结果按时报送率", "≥95%"),
        ("注：检测指标按现行生活饮用水卫生标准执行，下同。", "", None, None),
        head,
        ("产出指标", "时效指标", "超标水样复检时间", "≤48小时"),
        (None, "成本指标", "单批次检测成本", "≤0.3万元/批次"),
        ("效益指标", "社会效益指标", "淡化水饮水安全事故", "≤0起"),
        (None, "可持续影响指标", "监测数据入库率", "100%"),
        ("满意度指标", "服务对象满意度指标", "岛民饮水安全满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卜映雪", "0571-6755 0312", filled=day(Y - 1, 12, 2, CN), notes=[
        "说明：年度资金总额146万元中，财政拨款126万元含上年结转16万元。",
        "填表说明：指标值须量化，无法量化的按等级填写。"])  # fmt: skip
    return b


@variant("uj10-island-second-sheet", (7,),
         "project, NAT-2021: head on the first sheet, the table on a second sheet under header "
         "预期实现值; a pass rate given as a count, a satisfaction target of 99%")  # fmt: skip
def uj10() -> Book:
    b, s = start("项目信息")
    project_head(s, year=Y, name="渔排及离岛学校应急送水", dept="汐澜县应急管理局",
                 unit="汐澜县海岛供水管理站", money=one_year(96, 96, 0),
                 goals=["为无淡化设施的12处渔排和2所离岛学校定期船运送水。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 18))
    t.title(f"{Y}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "船运送水量", "≥18000吨"),
        (None, "质量指标", "送水水质抽检合格率",
         mk("≥36次", "T105", "error", note="合格率写成次数")),
        (None, "时效指标", "断水报送后送达时间", "≤24小时"),
        ("成本指标", "经济成本指标", "每吨送水运输成本", "≤48元/吨"),
        ("效益指标", "社会效益指标", "保障用水人数", "≥1600人"),
        ("满意度指标", "服务对象满意度指标", "渔民及师生满意度",
         mk("≥99%", "T114", "warning", note="满意度目标偏高")),
    ])  # fmt: skip
    return b


@variant("uj11-island-export", (4, 7),
         "budget-system export: 05-1 money sheet and 05-2 goal sheet with unit and project "
         "codes in the first columns, header on the third row, tiers repeated, a 下降率 "
         "with ≥ (correct)")  # fmt: skip
def uj11() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 20, 16, 30, 14, 14, 14))
    code, name = "417003-25-0012", "沙湾岛淡化水分质供水站运行补助"
    s.title(f"{Y}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金")
    s.row("417003", "汐澜县海岛供水管理站", code, name, money(184, WAN), money(164, WAN),
          money(20, WAN))  # fmt: skip
    s.row("合计", None, None, None, money(184, WAN), money(164, WAN), money(20, WAN))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 12, 14, 18, 26, 10, 10, 12))
    t.title(f"{Y}年部门项目支出绩效目标表", 9)
    t.row("单位：汐澜县海岛供水管理站")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for row in [
        ("产出指标", "数量指标", "分质供水站日供直饮水量", "≥", 120, "吨/日"),
        ("产出指标", "质量指标", "直饮水水质达标率", "≥", 98, "%"),
        ("产出指标", "时效指标", "设备故障修复时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "滤芯更换费用", "≤", 18, "万元"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥", 1900, "户"),
        ("效益指标", "生态效益指标", "桶装水外运量下降率", "≥", 30, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", 90, "%"),
    ]:
        t.row("417003", code, *row)
    return b


@variant("uj12-island-direction-words", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in "
         "words, bare numbers with a unit column: 大于等于 on a 反向 rate, 小于等于 on a "
         "正向 count")  # fmt: skip
def uj12() -> Book:
    b, s = start("Sheet1")
    project_head(s, year=Y, name="贝岙岛淡化水储水及二次供水改造", dept="贝岙镇人民政府",
                 unit="贝岙镇供水服务站", money=one_year(235, 200, 35),
                 goals=["新建高位储水池两座，改造二次供水泵房，稳定高处住户水压。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建高位储水池", "正向", "大于等于", 2, "座"),
        (None, None, "改造二次供水泵房", "正向",
         mk("小于等于", "T108", "warning", row=True, note="正向数量用了小于等于"), 3, "座"),
        (None, "质量指标", "储水池水质抽检合格率", "正向", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "完工时间", "反向", "小于等于", day(Y, 11, 15), None),
        (None, "成本指标", "单座储水池造价", "反向", "小于等于", 60, "万元/座"),
        ("效益指标", "社会效益指标", "末梢水压不达标户数占比", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向比率用了大于等于"), pct(0.03), "%"),
        (None, "可持续影响指标", "储水池设计使用年限", "正向", "大于等于", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃雨樵", "0571-6780 3365")
    return b
