"""Charging and water points, road signage along self-drive routes: ux07–ux12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout352.common import YEAR, book, indicators, notes, one_year, sign, w
from tests.variants.holdout352.registry import variant
from tests.variants.kit import Book, day, mk

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ux07-signage-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, 注 lines (one "
    "explaining the total), 填表说明, signature and a fill date in the year before (correct)",
)
def ux07() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="环湖旅游公路自驾游标识系统完善项目", dept="澄源县交通运输局（512）",
        unit="澄源县公路事业发展中心", money=one_year(210, 180, 30),
        goals=["在环湖旅游公路沿线设置自驾游指引标识牌120块，实现主要景点、营地全覆盖。"],
    )  # fmt: skip
    s.row(*ONE)
    notes(s, "（一级、二级指标不得修改，三级指标由项目单位据实填写，可增行）", width=4)
    s.table([
        ("产出指标", "数量指标", "设置自驾游指引标识牌", "≥120块"),
        (None, "质量指标", "标识牌中英文对照率", "=100%"),
        (None, "时效指标", "标识设置完成时间", "2025年10月31日前"),
        (None, "成本指标", "每块标识牌制作安装成本", "≤1.5万元/块"),
        ("效益指标", "社会效益指标", "自驾游客迷路求助下降率", "≥20%"),
        (None, "可持续影响指标", "标识牌使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "自驾游客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：1.其他资金30万元为沿线景区经营单位自筹，已计入年度资金总额210万元。",
        "2.标识牌制作安装成本含基础、立柱及反光膜。",
        "填表说明：指标值应量化，可量化的指标须写明比较符和计量单位。",
        width=4,
    )
    sign(s, "简书恒", "0738-2275316", day(YEAR - 1, 12, 6), head="闵长庚")
    return b


def _ux08_rows() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    late = mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
              note="a next-year date in a one-year department budget")  # fmt: skip
    first = [
        ("产出指标", "数量指标", "新建国省道沿线充电站", "≥8座", 10),
        (None, None, "新增直流快充桩", "≥64个", 10),
        (None, None, "维护自驾游补水点", "≥30处", 10),
        (None, "质量指标", "充电桩验收合格率", "=100%", 10),
        (None, "时效指标", "充电站全部投运时间", late, 10),
        ("产出指标小计", None, None, None, 50),
    ]
    second = [
        ("成本指标", "经济成本指标", "单座充电站建设成本", "≤40万元/座", 10),
        ("成本指标小计", None, None, None, 10),
        ("效益指标", "社会效益指标", "自驾车充电平均排队时长", "≤20分钟", 10),
        (None, None, "补水点服务自驾游客", "≥8万人次", 10),
        (None, "生态效益指标", "服务区房车污水规范处理率", "≥95%", 10),
        ("效益指标小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "自驾游客满意度", "≥90%", 10),
        ("满意度指标小计", None, None, None, 10),
        ("合计", None, None, None, 100),
    ]
    return first, second


@variant(
    "ux08-charging-page-break",
    (4, 12),
    "department, NAT-2021, weight column, 单位 line, header repeated after a page break, "
    "subtotal and total rows: task amounts not adding to 金额合计, a next-year deadline",
)
def ux08() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=YEAR, dept="鹊山区交通运输局", budget=[(w(860), w(800), w(60), w(300), w(560))],
        goal="建设国省道沿线充电站，维护自驾游补水点，完善服务区房车排污设施。",
        tasks=[
            ("国省道沿线充电站建设", "新建充电站8座", w(320), "年内建成投运"),
            ("自驾游补水点维护", "维护补水点30处", w(90), "补水点正常运行"),
            ("服务区房车排污设施", "改造排污设施6处", w(140), "污水规范处理"),
            ("金额合计", None, mk(w(560), "B102", "error", alt=("B101",),
                                 note="320 + 90 + 140 = 550 ≠ 560")),
        ],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    s.row("年度绩效指标", None, None, None, "单位：%")
    first, second = _ux08_rows()
    indicators(s, head, first)
    s.skip()
    indicators(s, head, second)
    sign(s, "庞立夏", "0731-5590462", day(YEAR - 1, 11, 22))
    return b


@variant(
    "ux09-charging-labels",
    (5, 10),
    "project, NAT-2021, numbered labels with points (一、产出指标（40分）, （一）数量指标, 1.), "
    "★ on core indicators, indicator points adding to the same 100 as the tier points (correct)",
)
def ux09() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="高速服务区自驾车充电设施建设项目", dept="槐岭市发展和改革委员会（101）",
        unit="槐岭市交通能源服务中心", money=one_year(300, 240, 60),
        goals=["在辖区高速服务区新建充电桩25个、房车专用充电车位10个，缓解节假日充电排队。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "★1.新建服务区充电桩", "≥25个", 10),
        (None, None, "2.配套房车专用充电车位", "≥10个", 10),
        (None, "（二）质量指标", "★3.充电桩验收合格率", "=100%", 10),
        (None, "（三）时效指标", "4.充电桩投运时间", "2025年10月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.单个充电桩购置安装成本", "≤8万元/个", 10),
        (None, None, "6.充电设施年度运维费用", "≤30万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.充电等待时长下降率", "≥30%", 15),
        (None, "（二）生态效益指标", "8.年替代燃油", "≥120吨", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "★9.自驾游客满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "常予安", "0745-7713208", day(YEAR - 1, 12, 12))
    return b


@variant(
    "ux10-water-labels-wrong",
    (5, 6, 13),
    "project, NAT-2021, abbreviated labels with * (*产出, 数量): a 效益 tier-2 under 产出, a "
    "tier-2 left empty, a value without a name",
)
def ux10() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="自驾游线路补水点建设项目", dept="澄源县文化和旅游局（513）",
        unit="澄源县旅游公共服务中心", money=one_year(75, 60, 15),
        goals=["沿三条自驾游线路新建补水点24处，保障自驾游客饮用水供应。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("*产出", "数量", "新建自驾游补水点", "≥24处"),
        (None, None, "补水点饮用水检测", "≥4次"),
        (None, "质量", "补水点水质达标率", "=100%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥98%"),
        (None, "时效", "补水点建成时间", "2025年8月31日前"),
        (None, mk("社会效益", "F105", "error", note="社会效益 belongs under 效益, not 产出"),
         "沿线自驾游客使用补水点", "≥6万人次"),
        ("*成本", "经济成本", "每处补水点建设成本", "≤2.5万元/处"),
        ("*效益", "经济效益", "带动沿线商户增收", "≥50万元"),
        (None, mk("生态效益", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "可持续影响", "补水点设施使用年限", "≥5年"),
        ("*满意度", "服务对象满意度", "自驾游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁闻溪", "0738-2296017", day(YEAR - 1, 11, 30))
    return b


@variant(
    "ux11-signage-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator table on a second sheet under a two-row "
    "header (考核指标 over the tiers, 预期实现值 and 评价标准 merged down) (correct)",
)
def ux11() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=YEAR, name="云渡县自驾游智慧导览标识项目", dept="云渡县文化和旅游局（405）",
        unit="云渡县旅游公共服务中心", money=one_year(65, 50, 15),
        goals=["设置二维码智慧导览标识80块，上线自驾线路电子地图6条。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 30))
    t.title("2025年度项目绩效指标", 5)
    t.row("项目名称：云渡县自驾游智慧导览标识项目", merge=[(1, 5)])
    t.row("考核指标", None, None, "预期实现值", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    std = "达到目标值得满分，未达到按比例扣分"
    t.table([
        ("产出指标", "数量指标", "二维码智慧导览标识", "≥80块", std),
        (None, None, "自驾线路电子地图上线", "≥6条", std),
        (None, "质量指标", "标识信息准确率", "≥98%", std),
        (None, "时效指标", "标识安装完成时间", "2025年9月30日前", "逾期不得分"),
        (None, "成本指标", "单块智慧标识制作安装成本", "≤0.5万元/块", "超出不得分"),
        ("效益指标", "社会效益指标", "导览扫码使用量", "≥10万人次", std),
        (None, "可持续影响指标", "导览数据年更新次数", "≥2次", std),
        ("满意度指标", "服务对象满意度指标", "自驾游客满意度", "≥90%", std),
    ], merged=(1, 2))  # fmt: skip
    sign(t, "岑亦舟", "0736-4410385", day(YEAR - 1, 12, 3))
    return b


@variant(
    "ux12-water-direction",
    (7, 11),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, 指标性质 as direction (正向/反向): ≤ on a "
    "正向 count, ≥ on a 反向 故障率, = on a cost cap",
)
def ux12() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="房车旅游线路排污补水设施项目", dept="梧坪县文化和旅游局（217）",
        unit="梧坪县旅游发展服务中心", money=one_year(60, 50, 10),
        goals=["沿房车旅游线路建设排污点12处、安装补水设备20套。"],
    )  # fmt: skip
    d = "正向 count with ≤ caps the output"
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "指标性质"), [
        ("产出指标", "数量指标", "房车排污点建设数量",
         mk("≤12个", "T108", "warning", row=True, note=d), "正向"),
        (None, None, "自驾游补水设备安装", "≥20套", "正向"),
        (None, "质量指标", "补水设备故障率",
         mk("≥2%", "T108", "warning", row=True, note="故障率 is 反向"), "反向"),
        (None, "时效指标", "设施投运时间", "2025年10月31日前", "反向"),
        (None, "成本指标", "单处排污点建设成本",
         mk("=4万元/处", "T108", "warning", row=True, note="= on a cost cap"), "反向"),
        ("效益指标", "生态效益指标", "房车污水规范收集率", "≥90%", "正向"),
        (None, "社会效益指标", "沿线自驾游安全事故下降率", "≥15%", "正向"),
        ("满意度指标", "服务对象满意度指标", "房车游客满意度", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "米如澜", "0739-6630914", day(YEAR - 1, 12, 1))
    return b
