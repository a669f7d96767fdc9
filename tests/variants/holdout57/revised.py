"""Returns sent back after review with rows inserted, struck through, filled and annotated, and
审核意见 / 整改情况 columns at the right (jo01–jo06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout57.common import (
    RED,
    YELLOW,
    fill,
    footer,
    note,
    revision,
    strike,
    table,
)
from tests.variants.holdout57.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

H6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("jo01-inserted-rows", (1,), "project, NAT-2021, （修改稿）: two inserted rows filled "
         "yellow with 批注, a 修改说明 block quoting the old ≥100%")  # fmt: skip
def jo01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 12, 12))
    project_head(s, year=2027, name="青禾县农村集中供水工程维修养护", dept="青禾县水利局 215003",
                 unit="青禾县农村供水管理站", title="2027年度项目支出绩效目标申报表（修改稿）",
                 money=[("年度资金总额", money(85, WAN), "其中：财政拨款", money(80, WAN)),
                        ("其他资金", money(5, WAN), None, None)],
                 goals=["完成全县50处农村集中供水工程维修养护，更换入户水表1200块，"
                        "保障2.6万农村人口饮水安全。"])  # fmt: skip
    first = table(s, H6, [
        ("成本指标", "经济成本指标", "单处工程平均维修成本", "≤", 1.5, "万元/处"),
        ("产出指标", "数量指标", "维修养护供水工程", "≥", 50, "处"),
        (None, None, "更换入户水表", "≥", 1200, "块"),
        (None, "质量指标", "维修工程验收合格率", "=", pct(1.0), "%"),
        (None, None, "水质检测达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "故障报修响应时间", "≤", 24, "小时"),
        (None, None, "维修工程按期完成率", "≥", pct(0.95), "%"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥", 2.6, "万人"),
        (None, None, "农村集中供水保证率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "工程管护责任落实率", "=", pct(1.0), "%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    for r in (first + 2, first + 4):
        fill(s, r, range(3, 7), YELLOW)
        note(s, r, 3, "按县财政局审核意见新增", "青禾县农村供水管理站")
    revision(s, [
        "1. 按县财政局审核意见，新增“更换入户水表”“水质检测达标率”2项指标；",
        "2. “维修工程验收合格率”由原填“≥100%”改为“=100%”；",
        "3. 删除原“项目预算执行率”指标（另行评价）。",
    ], 6)  # fmt: skip
    footer(s, "周晓岚", "0571-6602318", "2026年11月28日")
    return b


@variant("jo02-second-draft-wrong-sum", (1, 12), "project, OLD-NAT, （第二稿）, reviewer's red "
         "fills and 批注 left on: money not adding up, a 合格率 still ≥100%")  # fmt: skip
def jo02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 12, 12))
    project_head(s, year=2027, name="柳汀区社区居家养老服务补助", dept="柳汀区民政局 318",
                 unit="柳汀区养老服务指导中心", title="2027年度项目支出绩效目标表（第二稿）",
                 money=[("资金总额", mk(money(240, WAN), "B101", "error",
                                        note="200 + 30 = 230 ≠ 240"),
                         "其中：财政拨款", money(200, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=["为全区1800名经济困难老年人提供助餐服务，上门服务不少于2.4万人次，"
                        "新建社区助餐点6个。"])  # fmt: skip
    first = table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"), [
        ("产出指标", "数量指标", "助餐服务老年人", "≥", 1800, "人"),
        (None, None, "上门服务", "≥", 2.4, "万人次"),
        (None, None, "新建社区助餐点", "≥", 6, "个"),
        (None, "质量指标", "服务质量抽检合格率", "≥",
         mk(pct(1.0), "T106", "error", row=True, note="≥100% on a capped rate"), "%"),
        (None, None, "护理员持证上岗率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "上门服务单次补贴标准", "≤", 40, "元/人次"),
        ("效益指标", "社会效益指标", "助餐服务覆盖社区比例", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "社区居家养老服务网络运行", "定性", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    fill(s, first + 2, range(3, 7), YELLOW)
    fill(s, first + 3, (5,), RED)
    note(s, first + 3, 5, "合格率最高为100%，不应写“≥100%”，请修改。")
    fill(s, 5, (3,), RED)
    note(s, 5, 2, "请核对资金总额与财政拨款、其他资金的合计。")
    footer(s, "韩立新", "0731-8812046", "2026年12月2日")
    return b


@variant("jo03-struck-rows-department", (4,), "department, NAT-2021, （修改稿）: two old rows "
         "kept struck through above their corrected rows")  # fmt: skip
def jo03() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 10, 12, 12))
    department_head(s, year=2027, dept="岚峰市文化广电和旅游局",
                    title="2027年度部门整体支出绩效目标申报表（修改稿）",
                    budget=[(money(1260.5, WAN), money(1180.5, WAN), money(80, WAN),
                             money(860.5, WAN), money(400, WAN))],
                    tasks=[("公共文化服务体系运行", "图书馆、文化馆免费开放，送戏下乡", 150,
                            "送戏下乡不少于120场"),
                           ("文物保护与考古调查", "不可移动文物巡查、修缮", 130, "文物安全零事故"),
                           ("文旅融合推广", "文旅推介活动、节庆活动", 120, "游客接待量增长6%"),
                           ("金额合计", None, 400, None)],
                    goal="完善公共文化服务体系，加强文物保护利用，推动文旅融合发展。")  # fmt: skip
    first = table(s, H6, [
        ("产出指标", "数量指标", "公共图书馆年流通人次", "≥", 85, "万人次"),
        (None, None, "送戏下乡演出", "≥", 100, "场"),
        (None, None, "送戏下乡演出场次", "≥", 120, "场"),
        (None, None, "不可移动文物巡查", "≥", 260, "处次"),
        (None, "质量指标", "文物安全事故发生数", "=", 0, "起"),
        (None, None, "公共文化设施免费开放率", "≥", "105", "%"),
        (None, None, "公共文化设施免费开放率", "=", pct(1.0), "%"),
        (None, "时效指标", "文旅推广活动按计划完成率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "送戏下乡单场补助标准", "≤", 0.8, "万元/场"),
        ("效益指标", "社会效益指标", "全市游客接待量增长率", "≥", pct(0.06), "%"),
        (None, "可持续影响指标", "文物保护长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    for r in (first + 1, first + 5):
        strike(s, r, 6)
    for r in (first + 2, first + 6):
        fill(s, r, range(3, 7), YELLOW)
    note(s, first + 6, 5, "原表“≥105%”超过上限，已改为“=100%”，原行划线保留。", "文广旅局计财科")
    footer(s, "林书瑶", "0595-2261837", "2026年11月25日")
    return b


@variant("jo04-struck-rows-left-faults", (4, 11), "project, NAT-2021, a struck old row; left: "
         "a 投诉率 with ≥, a 密闭化率 given in 辆")  # fmt: skip
def jo04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 12, 12, 20))
    project_head(s, year=2027, name="沙湄县城乡生活垃圾收运处理", dept="沙湄县住房和城乡建设局",
                 unit="沙湄县环境卫生管理所", title="2027年度项目支出绩效目标申报表（修改稿）",
                 money=[("年度资金总额", money(560, WAN), "其中：财政拨款", money(520, WAN)),
                        ("其他资金", money(40, WAN), None, None)],
                 goals=["全年清运处理城乡生活垃圾4.2万吨，新配置分类收集容器3000个，"
                        "实现城乡生活垃圾无害化处理全覆盖。"])  # fmt: skip
    first = table(s, (*H6, "备注"), [
        ("成本指标", "经济成本指标", "吨垃圾收运处理成本", "≤", 120, "元/吨", None),
        ("产出指标", "数量指标", "生活垃圾清运量", "≥", 4.2, "万吨", None),
        (None, None, "配置分类收集容器", "≥", 2000, "个", "原填报"),
        (None, None, "配置分类收集容器", "≥", 3000, "个", "按审核意见调增"),
        (None, "质量指标", "生活垃圾无害化处理率", "=", pct(1.0), "%", None),
        (None, None, "收运车辆密闭化率", "=",
         mk(86, "T105", "error", note="a rate given as a number of vehicles"), "辆", None),
        (None, "时效指标", "垃圾日产日清率", "≥", pct(0.98), "%", None),
        ("效益指标", "生态效益指标", "存量垃圾乱堆点位整治", "≥", 150, "个", None),
        (None, "社会效益指标", "垃圾收运群众投诉率", "≥",
         mk(pct(0.02), "T108", "warning", row=True, note="a 反向 rate with ≥"), "%", None),
        (None, "可持续影响指标", "农村保洁长效管护覆盖行政村比例", "≥", pct(0.95), "%", None),
        ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥", pct(0.88), "%", None),
    ])  # fmt: skip
    strike(s, first + 2, 7)
    fill(s, first + 3, range(3, 8), YELLOW)
    footer(s, "郑海川", "0833-5120967", "2026年11月30日")
    return b


@variant("jo05-review-columns-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, 审核意见 and 整改情况 columns at the right quoting the old values")  # fmt: skip
def jo05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 8, 11, 11, 10, 26, 16))
    project_head(s, year=2027, years=3, name="青禾县高标准农田建设（2027—2029年）",
                 dept="青禾县农业农村局", unit="青禾县农田建设服务中心", attr="新增项目",
                 title="2027年度项目支出绩效目标申报表（修改稿）",
                 money=[("中期资金总额", money(9000, WAN), "年度资金总额", money(3000, WAN)),
                        ("其中：财政拨款", money(8400, WAN), "其中：财政拨款", money(2800, WAN)),
                        ("其他资金", money(600, WAN), "其他资金", money(200, WAN))],
                 goals=["2027—2029年建成高标准农田6万亩，配套灌排渠道180公里、田间道路120公里，"
                        "项目区耕地质量等级提升0.5等。",
                        "2027年建成高标准农田2万亩，"
                        "配套灌排渠道60公里、田间道路40公里。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
              "计量单位", "审核意见", "整改情况"), [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 6, 2, "万亩",
         "中期与年度指标值不应相同，请分年度填写", "已按年度分解"),
        (None, None, "新建改建灌排渠道", "≥", 180, 60, "公里", None, None),
        (None, None, "新建田间道路", "≥", 120, 40, "公里", None, None),
        (None, "质量指标", "工程验收合格率", "=", pct(1.0), pct(1.0), "%",
         "原填“≥100%”超过上限，请修改", "已改为“=100%”"),
        (None, None, "项目区耕地质量等级提升", "≥", 0.5, 0.5, "等", None, None),
        (None, "时效指标", "年度建设任务按期完成率", "≥", pct(0.95), pct(0.95), "%", None, None),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤", 1500, 1500, "元/亩", None, None),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥", 50, 50, "公斤", None, None),
        (None, "生态效益指标", "项目区高效节水灌溉面积占比", "≥", pct(0.3), pct(0.3), "%",
         None, None),
        (None, "可持续影响指标", "工程设施管护期", "≥", 10, 10, "年", None, None),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", pct(0.9), pct(0.9), "%",
         "原填“≥80%”偏低", "已调整为“≥90%”"),
    ])  # fmt: skip
    footer(s, "许文博", "0558-7713025", "2026年11月27日")
    return b


@variant("jo06-review-columns-left-faults", (1,), "project, NAT-2021, unit column before the "
         "operator, 审核意见 / 整改情况 at the right: a 整改率 left as a count though marked "
         "已修改, a completion date in the next year")  # fmt: skip
def jo06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 8, 12, 24, 12))
    project_head(s, year=2027, name="岚峰市中小学校舍维修改造", dept="岚峰市教育局",
                 unit="岚峰市教育后勤服务中心", title="2027年度项目支出绩效目标申报表（第二稿）",
                 money=[("年度资金总额", money(1200, WAN), "其中：财政拨款", money(1200, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["2027年完成35所中小学校舍维修改造4.8万平方米，"
                        "消除校舍安全隐患。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值", "审核意见",
              "整改情况"), [
        ("产出指标", "数量指标", "维修改造校舍", "所", "≥", 35, None, None),
        (None, None, "维修改造面积", "平方米", "≥", 48000, None, None),
        (None, "质量指标", "维修工程验收合格率", "%", "=", pct(1.0), None, None),
        (None, None, "校舍安全隐患整改率", "个", "≥",
         mk(26, "T105", "error", note="整改率 still a count"), "整改率应填百分比", "已修改"),
        (None, "时效指标", "维修工程完工时间", None, "≤",
         mk(day(2028, 6, 30), "Y102", "error", note="a one-year 2027 project"), None, None),
        ("成本指标", "经济成本指标", "单位面积维修成本", "元/平方米", "≤", 250, None, None),
        ("效益指标", "社会效益指标", "受益在校学生", "人", "≥", 21000, None, None),
        (None, "可持续影响指标", "校舍安全管理制度", None, "定性", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "%", "≥", pct(0.9), None, None),
    ])  # fmt: skip
    footer(s, "陈思远", "0595-2238140", "2026年12月1日")
    return b
