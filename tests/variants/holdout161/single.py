"""One-year project tables of the 161st held-out set: 森林抚育, 公益林补偿, 古树名木, 草原修复,
松材线虫病, 湿地修复, 疫源疫病监测, 林长制."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout161.common import (
    H4,
    book,
    footnotes,
    indicators,
    one_year_money,
    signature,
    w,
)
from tests.variants.holdout161.registry import variant
from tests.variants.kit import Book, C, mk, pct


@variant("no01-forest-tending", (1,), "one-year project, NAT-2021, operators inside the values, "
         "万亩 and a per-亩 standard within the money")  # fmt: skip
def no01() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="青岚县2026年中央财政森林抚育项目", dept="青岚县林业局（312001）",
        unit="青岚县国有苍岭林场", money=one_year_money(w(260), w(240), w(20)),
        goals=["完成中幼龄林抚育1.2万亩，改善林分结构，提高森林质量和林地生产力。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "森林抚育面积", "≥1.2万亩"),
        (None, None, "抚育作业小班数", "≥85个"),
        (None, "质量指标", "抚育作业检查验收合格率", "≥95%"),
        (None, "时效指标", "抚育任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "森林抚育亩均补助标准", "≤200元/亩"),
        ("效益指标", "社会效益指标", "带动林区群众务工人次", "≥3000人次"),
        (None, "生态效益指标", "抚育林分郁闭度", "≥0.6"),
        (None, "可持续影响指标", "抚育林地后续管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no02-ecological-compensation", (1, 12), "one-year project, OLD-NAT, operator column "
         "and unit column with bare numbers; the money does not add up and a rate "
         "is given in 户")  # fmt: skip
def no02() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="2026年森林生态效益补偿（地方公益林）", dept="白溪县林业局（215003）",
        unit="白溪县林业局", attr="常年项目",
        money=one_year_money(
            mk(w(480), "B101", "error", note="440 + 20 = 460, not 480"), w(440), w(20)),
        goals=["对30万亩县级以上公益林兑付生态效益补偿，落实管护责任，公益林面积不减少。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "补偿公益林面积", "≥", 30, "万亩"),
        (None, None, "签订管护协议户数", "≥", 3200, "户"),
        (None, "质量指标", "补偿资金兑付到户率", "≥",
         mk(3200, "T105", "error", row=True, note="a rate given as a count of 户"), "户"),
        (None, None, "公益林管护巡查覆盖率", "=", 100, "%"),
        (None, "时效指标", "资金到账后兑付时限", "≤", 30, "个工作日"),
        (None, "成本指标", "公益林亩均补偿标准", "≤", 15, "元/亩"),
        ("效益指标", "经济效益指标", "户均增加补偿性收入", "≥", 1300, "元"),
        (None, "生态效益指标", "公益林面积保有量", "≥", 30, "万亩"),
        ("满意度指标", "服务对象满意度指标", "补偿对象满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("no03-ancient-trees", (1,), "one-year project, OLD-NAT, 比较符 column, percentages stored "
         "as Excel stores them and counts with the unit in the number format")  # fmt: skip
def no03() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="2026年古树名木保护复壮", dept="临溪市林业和草原局（401007）",
        unit="临溪市园林绿化服务中心", attr="延续项目",
        money=one_year_money(w(86.5), w(86.5), w(0)),
        goals=["对全市挂牌古树名木开展日常养护和巡查，对48株衰弱古树实施复壮。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值"), [
        ("产出指标", "数量指标", "衰弱古树复壮株数", "≥", C(48, '0"株"')),
        (None, None, "古树名木挂牌巡查株数", "≥", C(1260, '0"株"')),
        (None, "质量指标", "复壮古树成活率", "≥", pct(0.95)),
        (None, None, "古树名木档案信息准确率", "≥", pct(0.98)),
        (None, "时效指标", "复壮工程完工时间", "≤", "2026年10月31日"),
        (None, "成本指标", "单株古树复壮平均成本", "≤", C(1.2, '0.0"万元/株"')),
        ("效益指标", "生态效益指标", "古树名木保存率", "=", pct(1)),
        (None, "社会效益指标", "古树名木保护宣传受众人次", "≥", C(5000, '0"人次"')),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("no04-grassland-restoration", (1, 12), "one-year project, NAT-2021, operators inside the "
         "values; the per-亩 standard × the area is above the money")  # fmt: skip
def no04() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="2026年退化草原生态修复治理", dept="青岚县林业和草原局（312002）",
        unit="青岚县草原工作站", attr="新增项目",
        money=one_year_money(w(300), w(280), w(20)),
        goals=["完成退化草原补播改良5万亩，草原综合植被盖度稳步提高。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "退化草原补播改良面积", "≥5万亩"),
        (None, None, "围栏建设长度", "≥40公里"),
        (None, "质量指标", "补播出苗率", "≥85%"),
        (None, "时效指标", "补播作业完成时间", "2026年7月31日前"),
        ("成本指标", "经济成本指标", "补播改良亩均补助标准",
         mk("≤80元/亩", "B107", "warning", row=True,
            note="80元/亩 × 5万亩 = 400万元, above the 300万元 of the project")),
        ("效益指标", "生态效益指标", "治理区草原综合植被盖度", "≥72%"),
        (None, "社会效益指标", "参与补播牧户数", "≥260户"),
        (None, "可持续影响指标", "治理区后期管护期限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no06-pine-wilt", (1, 11), "one-year project, NAT-2021, operators inside the values, "
         "a 除治完成率 over 100 % and a 成灾率 with ≥")  # fmt: skip
def no06() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="2026年松材线虫病疫情防控", dept="白溪县林业局（215003）",
        unit="白溪县森林病虫害防治检疫站", attr="延续项目",
        money=one_year_money(w(420), w(400), w(20)),
        goals=["清理疫木3.5万株，压减疫情发生面积，确保不发生新的疫区。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "疫木清理株数", "≥3.5万株"),
        (None, None, "松褐天牛诱捕器设置数量", "≥600套"),
        (None, "质量指标", "疫木除治完成率",
         mk("≥105%", "T106", "error", note="a completion rate cannot pass 100 %")),
        (None, None, "疫木除治检查合格率", "≥95%"),
        (None, "时效指标", "春季疫木除治完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "单株疫木除治平均成本", "≤110元/株"),
        ("效益指标", "生态效益指标",  "林业有害生物成灾率",
         mk("≥3‰", "T108", "warning", row=True, note="成灾率 is 反向: ≤3‰")),
        (None, "社会效益指标", "新增疫情乡镇数", "=0个"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no08-wetland-restoration", (1, 4), "one-year project, OLD-NAT, operators inside the "
         "values; a deadline in the year before the budget year")  # fmt: skip
def no08() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="2026年鹭鸣湖湿地保护修复", dept="临溪市林业和草原局（401007）",
        unit="临溪市湿地保护中心", attr="一次性项目",
        money=one_year_money(w(350), w(300), w(50)),
        goals=["修复退化湿地120公顷，恢复湿地植被，改善水鸟栖息环境。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "退化湿地修复面积", "≥120公顷"),
        (None, None, "湿地植被恢复面积", "≥45公顷"),
        (None, "质量指标", "修复工程验收合格率", "≥95%"),
        (None, "时效指标", "修复工程完工时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y101",),
            note="a 2026 one-year project cannot finish by the end of 2025")),
        (None, "成本指标", "每公顷修复平均成本", "≤2.9万元/公顷"),
        ("效益指标", "生态效益指标", "修复区湿地植被覆盖率", "≥60%"),
        (None, "社会效益指标", "湿地科普宣教受众人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no13-wildlife-disease", (1, 11), "one-year project, NAT-2021, value with a unit column "
         "and a 指标方向 column (正向/反向); a =0起 漏报 count, ‰ rates")  # fmt: skip
def no13() -> Book:
    b, s = book(widths=(14, 16, 30, 16, 12, 12))
    project_head(
        s, year=2026, name="2026年陆生野生动物疫源疫病监测防控", dept="青岚县林业局（312001）",
        unit="青岚县野生动物保护站", attr="常年项目",
        money=one_year_money(w(64), w(64), w(0)),
        goals=["运行12个疫源疫病监测站点，及时发现、报告和处置野生动物异常情况。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "运行监测站点数", "≥12", "个", "正向"),
        (None, None, "野外巡查监测次数", "≥600", "次", "正向"),
        (None, "质量指标", "监测信息日报上报率", "≥98", "%", "正向"),
        (None, "时效指标", "异常情况报告时限", "≤24", "小时", "反向"),
        ("成本指标", "经济成本指标", "单个站点年运行成本", "≤5", "万元", "反向"),
        ("效益指标", "社会效益指标", "重大野生动物疫情漏报事件", "=0", "起", "反向"),
        (None, "生态效益指标", "监测区野生动物异常死亡率", "≤2", "‰", "反向"),
        (None, "可持续影响指标", "监测防控信息系统运行率", "≥95", "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    return b


@variant("no18-forest-chief", (1, 4), "one-year project, OLD-NAT, word operators inside the values "
         "(不低于, 以内, 前), footnotes and a signature line")  # fmt: skip
def no18() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="2026年林长制运行保障经费", dept="白溪县林业局（215003）",
        unit="白溪县林长制办公室", attr="常年项目",
        money=one_year_money(w(95), w(95), w(0)),
        goals=["保障县乡村三级林长巡林和护林员管理运行，林长制考核位列全市前列。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "县级林长巡林次数", "不低于24次"),
        (None, None, "培训护林员人数", "不少于420人"),
        (None, "质量指标", "护林员巡护轨迹上传率", "不低于95%"),
        (None, "时效指标", "问题林地整改时限", "30个工作日以内"),
        (None, "成本指标", "护林员人均培训成本", "不超过300元/人"),
        ("效益指标", "生态效益指标", "森林覆盖率", "不低于62.5%"),
        (None, "社会效益指标", "涉林案件办结率", "不低于95%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "不低于90%"),
    ])  # fmt: skip
    footnotes(
        s,
        "注：1. 指标值中的“不低于”“不少于”含本数，“以内”“不超过”含本数。",
        "2. 护林员巡护轨迹上传率以护林员巡护管理系统统计为准。",
    )
    signature(s, "陈雨舟", "0571-6620 3318", 2025, 11, 18)
    return b
