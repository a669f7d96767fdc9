"""Camel herding and desert pasture: fences, wells, vaccination, breeding (wh01–wh06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout388.common import (
    YEAR,
    indicators,
    multi_year,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout388.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
MY_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("wh01-fence-percent", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 in the number format, a rise in 百分点 (correct)")  # fmt: skip
def wh01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="梭梭岭乡禁牧休牧围栏项目", dept="驼泉县林业和草原局（317）",
                 unit="梭梭岭乡草原工作站", money=one_year(120, 100, 20),
                 goals=["建设休牧围栏42公里，补植梭梭3000亩，恢复驼群冬春草场。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "休牧围栏建设长度", "≥", 42, "公里"),
        (None, None, "梭梭补植面积", "≥", 3000, "亩"),
        (None, "质量指标", "补植梭梭成活率", "≥", pct(0.85), "%"),
        (None, None, "围栏验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "围栏完工及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "休牧围栏建设单价", "≤", 0.9, "万元/公里"),
        ("效益指标", "生态效益指标", "项目区草原植被盖度提高", "≥", 3, "百分点"),
        (None, "经济效益指标", "项目区牧户户均增收", "≥", 1500, "元/户"),
        (None, "可持续影响指标", "围栏管护责任落实率", "≥", pct(0.985, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥", pct(0.9), "%"),
    ], head=OP_HEAD)  # fmt: skip
    signature(s, "乌日娜", "0937-6620418")
    return b


@variant("wh02-fence-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: a "
         "survival rate typed as 105 %, a 反向 pest rate with ≥")  # fmt: skip
def wh02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="黑石滩草场鼠害防治与补播项目",
                 dept="驼泉县林业和草原局（317）", unit="苦水沟镇畜牧兽医站",
                 money=one_year(64, 58, 6),
                 goals=["防治草场鼠害8万亩，补播牧草5000亩，保障驼群春季放牧。"])  # fmt: skip
    rate = mk(pct(1.05), "T106", "error", note="成活率上限100%，Excel中键入105%")
    pest = mk("≥", "T108", "warning", row=True, note="鼠害发生率是反向指标，应为≤")
    indicators(s, [
        ("产出指标", "数量指标", "鼠害防治面积", "≥", 8, "万亩"),
        (None, None, "牧草补播面积", "≥", 5000, "亩"),
        (None, "质量指标", "补播牧草出苗成活率", "≥", rate, "%"),
        (None, "时效指标", "春季防治完成时间", "≤", "5月31日前", None),
        (None, "成本指标", "鼠害防治亩均成本", "≤", 4, "元/亩"),
        ("效益指标", "生态效益指标", "防治区草场鼠害发生率", pest, pct(0.15), "%"),
        (None, "可持续影响指标", "防治区草场可利用年限延长", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "项目区养驼户满意度", "≥", pct(0.88), "%"),
    ], head=OP_HEAD)  # fmt: skip
    signature(s, "巴特尔", "0937-6620533")
    return b


@variant("wh03-stacked-wells-vaccines", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same satisfaction name with different values, "
         "0起 (correct)")  # fmt: skip
def wh03() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=YEAR, name="红柳井牧区骆驼饮水点建设项目", dept="驼泉县水利局（322）",
                 unit="红柳井镇人民政府", money=one_year(80, 70, 10),
                 goals=["新建骆驼饮水点12处，解决8000峰骆驼夏秋季饮水。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建骆驼饮水点数量", "≥12处"),
        (None, "质量指标", "饮水点出水水质达标率", "≥95%"),
        (None, "时效指标", "饮水点完工时间", "10月31日前"),
        (None, "成本指标", "单处饮水点建设成本", "≤6万元/处"),
        ("效益指标", "社会效益指标", "受益骆驼数量", "≥8000峰"),
        (None, "可持续影响指标", "饮水点设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="骆驼重大疫病强制免疫项目", dept="驼泉县农业农村局（305）",
                 unit="驼泉县动物疫病预防控制中心", money=one_year(45, 40, 5), title="",
                 goals=["完成骆驼口蹄疫等强制免疫2万峰，确保不发生区域性重大疫情。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "骆驼强制免疫数量", "≥20000峰"),
        (None, "质量指标", "应免骆驼免疫密度", "≥95%"),
        (None, "时效指标", "春秋两季集中免疫完成时间", "11月30日前"),
        (None, "成本指标", "疫苗采购单价", "≤15元/头份"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生", "0起"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "图雅", "0937-6621907")
    return b


@variant("wh04-stacked-migration-wrong", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second project's total is not its parts, a coverage rate "
         "given as a count")  # fmt: skip
def wh04() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=YEAR, name="驼群转场通道修缮项目", dept="驼泉县交通运输局（326）",
                 unit="梭梭岭乡人民政府", money=one_year(52, 47, 5),
                 goals=["修缮驼群春秋转场通道36公里，设置临时补水点6处。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "转场通道修缮长度", "≥36公里"),
        (None, None, "临时补水点设置数量", "≥6处"),
        (None, "质量指标", "修缮路段验收合格率", "=100%"),
        (None, "成本指标", "通道修缮单价", "≤1.2万元/公里"),
        ("效益指标", "社会效益指标", "转场途中骆驼伤亡率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "转场牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(60), "B101", "error", note="财政拨款50 + 其他资金5 = 55，不是60")
    project_head(s, year=YEAR, name="骆驼布鲁氏菌病监测净化项目", dept="驼泉县农业农村局（305）",
                 unit="驼泉县动物疫病预防控制中心", money=one_year(total, 50, 5), title="",
                 goals=["对存栏骆驼开展布病监测，阳性驼只全部扑杀，净化核心驼群。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "布病监测样品数量", "≥3000份"),
        (None, "质量指标", "存栏骆驼布病检测覆盖率",
         mk("3000峰", "T105", "error", note="覆盖率是比率，指标值应为百分比")),
        (None, "时效指标", "阳性驼只处置时限", "≤7天"),
        (None, "成本指标", "单份样品检测成本", "≤60元/份"),
        ("效益指标", "社会效益指标", "核心驼群布病阳性率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "养驼户满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "其木格", "0937-6624410")
    return b


@variant("wh05-grass-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "counts below their period, rates and unit costs equal, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def wh05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="驼泉县人工饲草地建设项目", dept="驼泉县农业农村局（305）",
                 unit="驼泉县草原工作站", money=multi_year((300, 240, 60), (100, 80, 20)),
                 years=3, attr="新增项目",
                 goals=["三年建设人工饲草地6000亩、越冬棚圈30座，缓解驼群冬春饲草短缺。",
                        "2025年建设人工饲草地2000亩、越冬棚圈10座。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "人工种草单位成本", "≤400元/亩", "≤400元/亩"),
        ("产出指标", "数量指标", "人工饲草地建设面积", "≥6000亩", "≥2000亩"),
        (None, None, "骆驼越冬棚圈建设数量", "≥30座", "≥10座"),
        (None, "质量指标", "饲草地出苗率", "≥85%", "≥85%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "牧户冬春补饲支出下降率", "≥10%", "≥5%"),
        (None, "生态效益指标", "天然草场春季休牧面积", "≥15万亩", "≥5万亩"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%", "≥90%"),
    ], head=MY_HEAD)  # fmt: skip
    signature(s, "哈斯", "0937-6627315", day(YEAR, 1, 8))
    return b


@variant("wh06-breeding-multi-year-copied", (8, 13), "three-year project, NAT-2021, 中期 and "
         "年度 columns: two cumulative counts copied into 年度, a value without a "
         "name")  # fmt: skip
def wh06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="阿拉善型双峰驼良种繁育项目", dept="驼泉县农业农村局（305）",
                 unit="驼泉县家畜改良站", money=multi_year((360, 300, 60), (120, 100, 20)),
                 years=3, attr="新增项目",
                 goals=["三年登记良种骆驼1500峰，选育种公驼90峰，建成核心育种群。",
                        "2025年登记良种骆驼500峰，选育种公驼30峰。"])  # fmt: skip
    copy = "累计数，年度值照抄了中期值（年度目标为500峰 / 30峰）"
    indicators(s, [
        ("成本指标", "经济成本指标", "良种登记单位成本", "≤200元/峰", "≤200元/峰"),
        ("产出指标", "数量指标", "良种骆驼登记数量", "≥1500峰",
         mk("≥1500峰", "D202", "warning", note=copy)),
        (None, None, "种公驼选育数量", "≥90峰", mk("≥90峰", "D202", "warning", note=copy)),
        (None, "质量指标", "登记骆驼体型外貌评定合格率", "≥90%", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称为空"),
         "≥95%", "≥95%"),
        (None, "时效指标", "年度登记工作完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("效益指标", "经济效益指标", "种公驼改良后代初生重提高", "≥5%", "≥2%"),
        ("满意度指标", "服务对象满意度指标", "参与养驼户满意度", "≥90%", "≥90%"),
    ], head=MY_HEAD)  # fmt: skip
    signature(s, "敖登", "0937-6627702")
    return b
