"""Correct county health returns of other shapes: a 部门整体 table with key tasks, a flat
department list with weights, two township projects stacked on one sheet, a two-year project
with 实施期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout123.common import footer, grid
from tests.variants.holdout123.registry import variant
from tests.variants.kit import WAN, Book, day, money, pct

M = "0.00"


@variant("mc07-bureau-department", (12,),
         "department, NAT-2021, budget and key tasks that add up, one 指标值 column, tiers "
         "merged down")  # fmt: skip
def bureau_department() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 22, 30, 18, 14, 14))
    department_head(
        s, year=2027, dept="青溪县卫生健康局",
        budget=[(money(8642.35, M), money(8120.35, M), money(522, M), money(3206.35, M),
                 money(5436, M))],
        tasks=[("基本公共卫生服务", "建档、慢病和老年人健康管理", money(1862.4, M),
                "建档率≥90%"),
               ("妇幼健康服务", "孕产妇和儿童健康管理、筛查", money(486.5, M),
                "孕产妇死亡率≤10/10万"),
               ("重大传染病防控", "免疫规划、结核病和艾滋病防治", money(905.1, M),
                "接种率≥95%"),
               ("基层医疗卫生机构运行补助", "乡镇卫生院和村卫生室运行补助", money(1182, M),
                "基层诊疗量占比≥60%"),
               ("医疗设备配置及维修", "乡镇卫生院设备配置和维修维护", money(1000, M),
                "设备完好率≥95%"),
               ("金额合计", None, money(5436, M), None)],
        goal="目标1：基本公共卫生服务均等化水平持续提高，居民电子健康档案建档率达到90%以上。"
             "目标2：孕产妇死亡率控制在10/10万以内，婴儿死亡率控制在5‰以内。"
             "目标3：适龄儿童免疫规划疫苗接种率保持在95%以上，不发生甲类传染病暴发疫情。",
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "乡镇卫生院运行补助覆盖机构数", "≥14个"),
        (None, None, "村卫生室运行补助覆盖数", "≥186个"),
        (None, None, "居民电子健康档案建档人数", "≥182000人"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, None, "乡镇卫生院医疗设备完好率", "≥95%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "人均基本公共卫生服务经费补助标准", "94元/人"),
        (None, None, "部门公用经费", "控制在236万元以内"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万"),
        (None, None, "婴儿死亡率", "≤5‰"),
        (None, None, "县域内就诊率", "≥90%"),
        (None, None, "甲类传染病暴发疫情", "0起"),
        (None, "可持续影响指标", "县乡村一体化管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众对县域卫生健康服务满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "青溪县卫生健康局", "刘静", "0738-6213310", "2026年11月25日")
    return b


@variant("mc08-cdc-flat-weights", (3,),
         "department, flat list (指标名称 · 指标方向 · 计量单位 · 比较符 · 指标值 · 权重), "
         "percent cells, weights add to 100")  # fmt: skip
def cdc_flat() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (30, 10, 10, 10, 12, 10))
    department_head(
        s, year=2027, dept="柳塘县疾病预防控制中心",
        budget=[(money(1520.6, M), money(1400.6, M), money(120, M), money(980.6, M),
                 money(540, M))],
        goal="完成免疫规划、传染病监测处置、慢性病防控和公共卫生检验任务，"
             "法定传染病报告及时率达到98%以上，不发生甲类传染病暴发疫情。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "指标方向", "计量单位", "比较符", "指标值", "权重")
    s.table([
        ("免疫规划疫苗接种剂次", "正向", "剂次", "≥", 64000, 10),
        ("传染病监测哨点数", "正向", "个", "≥", 12, 5),
        ("公共卫生检验样品数", "正向", "份", "≥", 3600, 10),
        ("适龄儿童免疫规划疫苗接种率", "正向", "%", "≥", pct(0.95), 10),
        ("法定传染病网络报告及时率", "正向", "%", "≥", pct(0.98), 10),
        ("检验报告出具时限", "反向", "工作日", "≤", 5, 5),
        ("实验室室间质评合格率", "正向", "%", "≥", pct(0.95), 10),
        ("突发公共卫生事件报告及时率", "正向", "%", "=", pct(1), 10),
        ("单份样品检验成本", "反向", "元/份", "≤", 180, 5),
        ("甲类传染病暴发疫情", "反向", "起", "=", 0, 10),
        ("居民健康素养水平", "正向", "%", "≥", pct(0.3), 5),
        ("服务对象满意度", "正向", "%", "≥", pct(0.9), 10),
        ("合计", None, None, None, None, 100),
    ])  # fmt: skip
    footer(s, "柳塘县疾病预防控制中心", "罗志刚", "0745-3312008", "2026年11月16日")
    return b


def _drug_project(s, *, title: str | None) -> None:
    project_head(
        s, year=2027, title=title, name="白鹭镇2027年国家基本药物制度补助项目",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县白鹭镇卫生院", attr="常年项目",
        money=[("年度资金总额", money(38.4, WAN), "其中：财政拨款", money(38.4, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["镇卫生院和12个村卫生室全面实施基本药物制度，基本药物零差率销售，"
               "基本药物配备使用比例达到规定要求。"],
    )  # fmt: skip


@variant("mc09-township-stacked", (2,),
         "two township health-centre projects stacked on one sheet, OLD-NAT, one value "
         "column, tiers merged down")  # fmt: skip
def township_stacked() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 14, 14))
    _drug_project(s, title="2027年度项目支出绩效目标申报表")
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "实施基本药物制度村卫生室数", "12个"),
        (None, "质量指标", "基本药物零差率销售执行率", "100%"),
        (None, None, "基本药物配备使用金额占比", "≥70%"),
        (None, "时效指标", "补助资金发放时间", "每季度末前"),
        (None, "成本指标", "村卫生室基本药物制度补助标准", "≤2.8万元/个"),
        ("效益指标", "社会效益指标", "群众基本用药负担", "较上年下降"),
        (None, "可持续影响指标", "基本药物制度运行机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2027, title="2027年度项目支出绩效目标申报表",
        name="白鹭镇2027年乡村医生补助项目",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县白鹭镇卫生院", attr="常年项目",
        money=[("年度资金总额", money(26.4, WAN), "其中：财政拨款", money(26.4, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["按每人每月1000元标准为22名在岗乡村医生发放补助，稳定村医队伍，"
               "村卫生室服务全覆盖。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "享受补助的在岗乡村医生人数", "22人"),
        (None, None, "村卫生室开诊天数", "≥300天"),
        (None, "质量指标", "村卫生室标准化建设达标率", "≥90%"),
        (None, "时效指标", "补助发放时间", "每月15日前"),
        (None, "成本指标", "乡村医生补助标准", "1000元/人·月"),
        ("效益指标", "社会效益指标", "村卫生室服务覆盖率", "100%"),
        (None, "可持续影响指标", "乡村医生队伍稳定", "稳定"),
        ("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "柳塘县白鹭镇卫生院", "唐建军", "0745-3387105", "2026年11月21日")
    return b


@variant("mc10-chronic-two-years", (8, 1),
         "two-year project, NAT-2021, 实施期 and 年度 value columns with a 计量单位 column "
         "and a 比较符 column, tiers merged down")  # fmt: skip
def chronic_two_years() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 12, 12, 10))
    project_head(
        s, year=2027, years=2, name="柳塘县慢性病综合防控示范区建设项目（2027—2028年）",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县疾病预防控制中心", attr="新增项目",
        start=day(2027, 1, 1), end=day(2028, 12, 31),
        money=[("中期资金总额", money(240, WAN), "年度资金总额", money(130, WAN)),
               ("其中：财政拨款", money(220, WAN), "其中：财政拨款", money(120, WAN)),
               ("其他资金", money(20, WAN), "其他资金", money(10, WAN))],
        goals=["两年内建成省级慢性病综合防控示范区，建设健康主题公园2个、健康步道20公里，"
               "高血压、糖尿病患者规范管理率分别达到65%、62%以上。",
               "2027年建设健康主题公园1个、健康步道12公里，开展全民健康生活方式宣传"
               "活动24场，完成示范区建设中期评估。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "比较符", "实施期指标值", "年度指标值",
             "计量单位"), [
        ("产出指标", "数量指标", "建设健康主题公园数", "≥", 2, 1, "个"),
        (None, None, "建设健康步道长度", "≥", 20, 12, "公里"),
        (None, None, "全民健康生活方式宣传活动场次", "≥", 48, 24, "场"),
        (None, "质量指标", "高血压患者规范管理率", "≥", pct(0.65), pct(0.63), "%"),
        (None, None, "糖尿病患者规范管理率", "≥", pct(0.62), pct(0.6), "%"),
        (None, "时效指标", "示范区建设中期评估完成时间", "≤", "2027年12月31日",
         "2027年12月31日", None),
        ("成本指标", "经济成本指标", "健康步道建设单位成本", "≤", 4, 4, "万元/公里"),
        ("效益指标", "社会效益指标", "居民慢性病防治核心知识知晓率", "≥", pct(0.7),
         pct(0.65), "%"),
        (None, None, "成人吸烟率", "≤", pct(0.24), pct(0.25), "%"),
        (None, "可持续影响指标", "慢性病综合防控工作机制", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "居民对示范区建设满意度", "≥", pct(0.9),
         pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "柳塘县疾病预防控制中心", "罗志刚", "0745-3312008", "2026年11月16日")
    return b
